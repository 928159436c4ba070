using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>One person, organization, location or event of a document, with every form it was written in.</summary>
internal sealed class Entity
{
    // The forms, chained through the mentions themselves: most entities are written a few times, some hundreds of times.
    private Mention? _firstForm;
    private Mention? _lastForm;
    private int _formCount;
    private List<string>? _references;
    private Mention? _canonical;

    /// <summary>Creates an entity of <paramref name="kind"/>.</summary>
    public Entity(FactKind kind) => Kind = kind;

    /// <summary>Person, organization, location or event.</summary>
    public FactKind Kind { get; }

    /// <summary>For a person: whether the family name is written first ("Wang Chuanfu").</summary>
    public bool SurnameFirst { get; set; }

    /// <summary>The written forms (the mentions), in the order recorded.</summary>
    public FormList Forms => new(_firstForm, _formCount);

    /// <summary>Records a written form.</summary>
    public void AddForm(Mention form)
    {
        if (_lastForm is null)
        {
            _firstForm = form;
        }
        else
        {
            _lastForm.NextForm = form;
        }

        _lastForm = form;
        _formCount++;
    }

    /// <summary>Records a pronoun or description that refers to this entity.</summary>
    public void AddReference(string written)
    {
        _references ??= new List<string>();
        if (!_references.Contains(written))
        {
            _references.Add(written);
        }
    }

    /// <summary>How many times a description ("the company") stood for this entity as a sentence's subject.</summary>
    public int SubjectDescriptions { get; private set; }

    /// <summary>Records a description, "the " and <paramref name="noun"/> as written, that refers to this entity; the text is built only when new.</summary>
    public void AddDescription(string noun)
    {
        SubjectDescriptions++;
        if (_references is not null)
        {
            foreach (var reference in _references)
            {
                if (reference.Length == noun.Length + 4 && reference.StartsWith("the ", System.StringComparison.Ordinal)
                    && string.CompareOrdinal(reference, 4, noun, 0, noun.Length) == 0)
                {
                    return;
                }
            }
        }

        AddReference("the " + noun);
    }

    /// <summary>For an organization: whether its name makes it a public body (see <see cref="Coreference.IsPublicBody"/>), once asked.</summary>
    public bool? IsPublicBody { get; set; }

    /// <summary>For an organization: whether its name names a university (see <see cref="Coreference"/>), once asked.</summary>
    public bool? NamesUniversity { get; set; }

    /// <summary>The canonical form (computed once, after all forms are known).</summary>
    public Mention CanonicalForm => _canonical ??= Canonical();

    /// <summary>The canonical name (computed once, after all forms are known).</summary>
    public string Name => CanonicalForm.Text;

    /// <summary>The canonical form: a person's full name as first written; otherwise the longest form written.</summary>
    public Mention Canonical()
    {
        Mention? best = null;
        foreach (var form in Forms)
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

        return best ?? _firstForm!;
    }

    // Forms are added pass by pass; the aliases list them as the text first writes them.
    private bool FormsInTextOrder()
    {
        var previous = -1;
        foreach (var form in Forms)
        {
            if (form.Start < previous)
            {
                return false;
            }

            previous = form.Start;
        }

        return true;
    }

    private List<Mention> FormsSortedByStart()
    {
        var forms = new List<Mention>(_formCount);
        foreach (var form in Forms)
        {
            forms.Add(form);
        }

        // A stable sort keeps forms that start together in the order recorded.
        return forms.OrderBy(form => form.Start).ToList();
    }

    /// <summary>The other forms and the resolved references, each once, in order of appearance.</summary>
    public List<string> Aliases(string canonical)
    {
        var aliases = new List<string>();
        if (FormsInTextOrder())
        {
            foreach (var form in Forms)
            {
                AddAlias(aliases, form.Text, canonical);
            }
        }
        else
        {
            foreach (var form in FormsSortedByStart())
            {
                AddAlias(aliases, form.Text, canonical);
            }
        }

        if (_references is not null)
        {
            foreach (var reference in _references)
            {
                if (!aliases.Contains(reference))
                {
                    aliases.Add(reference);
                }
            }
        }

        return aliases;
    }

    private static void AddAlias(List<string> aliases, string text, string canonical)
    {
        if (text != canonical && !aliases.Contains(text))
        {
            aliases.Add(text);
        }
    }

    /// <summary>An entity's forms in the order recorded, walked through their chain.</summary>
    public readonly struct FormList
    {
        private readonly Mention? _first;

        /// <summary>Creates the list of the chain starting at <paramref name="first"/>, <paramref name="count"/> long.</summary>
        public FormList(Mention? first, int count)
        {
            _first = first;
            Count = count;
        }

        /// <summary>How many forms there are.</summary>
        public int Count { get; }

        /// <summary>Walks the forms in order.</summary>
        public Enumerator GetEnumerator() => new(_first);

        /// <summary>Walks a chain of forms.</summary>
        public struct Enumerator
        {
            private Mention? _next;

            /// <summary>Starts before <paramref name="first"/>.</summary>
            public Enumerator(Mention? first)
            {
                _next = first;
                Current = null!;
            }

            /// <summary>The form reached.</summary>
            public Mention Current { get; private set; }

            /// <summary>Moves to the next form, if any.</summary>
            public bool MoveNext()
            {
                if (_next is null)
                {
                    return false;
                }

                Current = _next;
                _next = _next.NextForm;
                return true;
            }
        }
    }
}
