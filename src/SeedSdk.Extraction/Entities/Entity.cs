using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Entities;

/// <summary>One person, organization, location or event of a document, with every form it was written in.</summary>
internal sealed class Entity
{
    private readonly List<Mention> _forms = new();
    private readonly List<string> _references = new();
    private Mention? _canonical;

    /// <summary>Creates an entity of <paramref name="kind"/>.</summary>
    public Entity(FactKind kind) => Kind = kind;

    /// <summary>Person, organization, location or event.</summary>
    public FactKind Kind { get; }

    /// <summary>For a person: whether the family name is written first ("Wang Chuanfu").</summary>
    public bool SurnameFirst { get; set; }

    /// <summary>The written forms (the mentions), in the order recorded.</summary>
    public IReadOnlyList<Mention> Forms => _forms;

    /// <summary>Records a written form.</summary>
    public void AddForm(Mention form) => _forms.Add(form);

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
    public Mention Canonical()
    {
        Mention? best = null;
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

    /// <summary>The other forms and the resolved references, each once, in order of appearance.</summary>
    public List<string> Aliases(string canonical)
    {
        var aliases = new List<string>();
        foreach (var form in _forms)
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
