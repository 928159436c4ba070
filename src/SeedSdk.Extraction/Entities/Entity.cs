using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Entities;

/// <summary>One person, organization, location or event of a document, with every form it was written in.</summary>
internal sealed class Entity
{
    private readonly List<EntityForm> _forms = new();
    private readonly List<string> _references = new();
    private EntityForm? _canonical;

    /// <summary>Creates an entity of <paramref name="kind"/>.</summary>
    public Entity(FactKind kind) => Kind = kind;

    /// <summary>Person, organization, location or event.</summary>
    public FactKind Kind { get; }

    /// <summary>For a person: whether the family name is written first ("Wang Chuanfu").</summary>
    public bool SurnameFirst { get; set; }

    /// <summary>The written forms, in document order.</summary>
    public IReadOnlyList<EntityForm> Forms => _forms;

    /// <summary>Records a written form.</summary>
    public void AddForm(EntityForm form) => _forms.Add(form);

    /// <summary>Records a pronoun or description that refers to this entity.</summary>
    public void AddReference(string written)
    {
        if (!_references.Contains(written))
        {
            _references.Add(written);
        }
    }

    /// <summary>The canonical name (computed once, after all forms are known).</summary>
    public string Name => (_canonical ??= Canonical()).Text;

    /// <summary>The canonical form: a person's full name as first written; otherwise the longest form written.</summary>
    public EntityForm Canonical()
    {
        EntityForm? best = null;
        foreach (var form in _forms)
        {
            if (!form.CanBeCanonical)
            {
                continue;
            }

            if (best is null)
            {
                best = form;
                continue;
            }

            var better = Kind == FactKind.Person
                ? best.WordCount < 2 && form.WordCount > best.WordCount
                : form.Text.Length > best.Text.Length;
            if (better)
            {
                best = form;
            }
        }

        return best ?? _forms[0];
    }

    // Forms are added pass by pass; the aliases list them as the text first writes them (a stable sort keeps equal starts in order).
    private IReadOnlyList<EntityForm> FormsInTextOrder()
    {
        for (var i = 1; i < _forms.Count; i++)
        {
            if (_forms[i].Start < _forms[i - 1].Start)
            {
                return _forms.OrderBy(form => form.Start).ToList();
            }
        }

        return _forms;
    }

    /// <summary>The other forms and the resolved references, each once, in order of appearance.</summary>
    public List<string> Aliases(string canonical)
    {
        var aliases = new List<string>();
        foreach (var form in FormsInTextOrder())
        {
            if (form.Text != canonical && !aliases.Contains(form.Text))
            {
                aliases.Add(form.Text);
            }
        }

        foreach (var reference in _references)
        {
            if (!aliases.Contains(reference))
            {
                aliases.Add(reference);
            }
        }

        return aliases;
    }
}

/// <summary>One written occurrence of an entity: its text (possessive and titles stripped) and character span.</summary>
internal sealed record EntityForm(string Text, int Start, int Length, int FirstToken, int LastToken, int WordCount)
{
    /// <summary>Whether this form may be the canonical name (forms with a leading ordinal may not).</summary>
    public bool CanBeCanonical { get; init; } = true;
}
