using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedSdk.Internal;

/// <summary>
/// Decodes a <see cref="FactTable"/>'s string. The form (written by SeedSdk.Generator's <c>FactTableWriter</c>):
/// <code>
/// table     := int(sentence count) { int(start) int(length) }  int(fact count) { fact }
/// fact      := int(kind) str(name) int(start) int(length) int(line) int(column) int(sentence) str(text) values
/// int       := ['-'] digits ','
/// str       := '~' (null) | '=' (the fact's text; for the text itself: the source characters at start, length)
///            | digits ':' that many characters
/// values    := by kind (the <see cref="FactKind"/> number):
///   money: str(amount) str(ISO 4217 code) str(qualifier contract name or ~);  ratio: str(value)
///   quantity, duration: str(value) str(unit);  date: str(ISO 8601);  period: str(start) str(end)
///   person, organization, location, event: str(canonical name) int(n) n × str(alias)
///   role: str(person) str(role) str(organization or ~) int(person fact index or -1) int(organization fact index or -1)
///   list: str(head or ~) int(n) n × str(item);  statement: str(speaker)
/// </code>
/// Numbers are invariant decimals. Every read is bounds-checked: a table the generator did not write gives a
/// <see cref="FormatException"/>, never another exception, and no count can allocate more than the table's length.
/// </summary>
internal static class FactTableReader
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>The sentence table and the facts, in document order, of the table <paramref name="encoded"/>.</summary>
    /// <exception cref="FormatException">The table is malformed.</exception>
    public static (SentenceTable Sentences, Fact[] Facts) Read(string path, string text, string encoded)
    {
        try
        {
            return Decode(path, text, encoded);
        }
        catch (ArgumentException exception)
        {
            // A value a record refuses (a period that ends before it starts, ...): the table was not written by the generator.
            throw new FormatException("The fact table is malformed: " + exception.Message, exception);
        }
    }

    private static (SentenceTable Sentences, Fact[] Facts) Decode(string path, string text, string encoded)
    {
        var cursor = new Cursor(encoded);
        var bounds = new int[2 * cursor.Count()];
        for (var i = 0; i < bounds.Length; i += 2)
        {
            bounds[i] = cursor.Int();
            bounds[i + 1] = cursor.Int();
            if (bounds[i] < 0 || bounds[i + 1] < 0 || bounds[i] > text.Length - bounds[i + 1])
            {
                throw Malformed("a sentence lies outside the text");
            }
        }

        var sentences = new SentenceTable(path, text, bounds);
        var facts = new Fact[cursor.Count()];
        List<PendingRole>? roles = null;
        for (var i = 0; i < facts.Length; i++)
        {
            var kind = cursor.Int();
            var name = cursor.Required(null);
            var start = cursor.Int();
            var length = cursor.Int();
            var line = cursor.Int();
            var column = cursor.Int();
            var sentence = cursor.Int();
            if (start < 0 || length < 0 || line < 1 || column < 1 || sentence < 0)
            {
                throw Malformed("a fact's place is out of range");
            }

            var source = start <= text.Length - length ? text.Substring(start, length) : null;
            var factText = cursor.Required(source);
            var span = sentences.Span(start, length, line, column, sentence);
            switch ((FactKind)kind)
            {
                case FactKind.Money:
                    var amount = cursor.Decimal();
                    var currency = cursor.Required(factText);
                    facts[i] = new MoneyFact(name, factText, span, new Money(amount, currency), Qualifier(cursor.Optional(factText)));
                    break;
                case FactKind.Ratio:
                    facts[i] = new RatioFact(name, factText, span, cursor.Decimal());
                    break;
                case FactKind.Quantity:
                    facts[i] = new QuantityFact(name, factText, span, cursor.Decimal(), cursor.Required(factText));
                    break;
                case FactKind.Duration:
                    facts[i] = new DurationFact(name, factText, span, cursor.Decimal(), cursor.Required(factText));
                    break;
                case FactKind.Date:
                    facts[i] = new DateFact(name, factText, span, cursor.Date(factText));
                    break;
                case FactKind.Period:
                    var first = cursor.Date(factText);
                    var last = cursor.Date(factText);
                    facts[i] = new PeriodFact(name, factText, span, new DateRange(first, last));
                    break;
                case FactKind.Person:
                    facts[i] = new PersonFact(name, factText, span, cursor.Required(factText), cursor.Strings(factText));
                    break;
                case FactKind.Organization:
                    facts[i] = new OrganizationFact(name, factText, span, cursor.Required(factText), cursor.Strings(factText));
                    break;
                case FactKind.Location:
                    facts[i] = new LocationFact(name, factText, span, cursor.Required(factText), cursor.Strings(factText));
                    break;
                case FactKind.Event:
                    facts[i] = new EventFact(name, factText, span, cursor.Required(factText), cursor.Strings(factText));
                    break;
                case FactKind.Role:
                    (roles ??= new List<PendingRole>()).Add(new PendingRole(
                        i, name, factText, span, cursor.Required(factText), cursor.Required(factText), cursor.Optional(factText), cursor.Int(), cursor.Int()));
                    break;
                case FactKind.List:
                    facts[i] = new ListFact(name, factText, span, cursor.Optional(factText), cursor.Strings(factText));
                    break;
                case FactKind.Statement:
                    facts[i] = new StatementFact(name, factText, span, cursor.Required(factText));
                    break;
                default:
                    throw Malformed("unknown fact kind " + kind.ToString(CultureInfo.InvariantCulture));
            }
        }

        cursor.End();
        foreach (var role in roles ?? new List<PendingRole>())
        {
            facts[role.Index] = new RoleFact(
                role.Name, role.Text, role.Source, role.Person, role.Role, role.Organization,
                Reference<PersonFact>(facts, role.PersonIndex), Reference<OrganizationFact>(facts, role.OrganizationIndex));
        }

        return (sentences, facts);
    }

    private static T? Reference<T>(Fact[] facts, int index)
        where T : Fact
        => index == -1 ? null
            : index >= 0 && index < facts.Length && facts[index] is T fact ? fact
            : throw Malformed("a role refers to a fact that is not its person or organization");

    private static MoneyQualifier Qualifier(string? contractName)
    {
        if (contractName is null)
        {
            return MoneyQualifier.None;
        }

        foreach (MoneyQualifier qualifier in Enum.GetValues(typeof(MoneyQualifier)))
        {
            if (qualifier.ContractName() == contractName)
            {
                return qualifier;
            }
        }

        throw Malformed("unknown money qualifier");
    }

    private static FormatException Malformed(string why) => new("The fact table is malformed: " + why + ".");

    private sealed record PendingRole(
        int Index, string Name, string Text, SourceSpan Source, string Person, string Role, string? Organization, int PersonIndex, int OrganizationIndex);

    /// <summary>Reads the table's tokens from left to right.</summary>
    private struct Cursor
    {
        private readonly string _encoded;
        private int _position;

        public Cursor(string encoded)
        {
            _encoded = encoded;
            _position = 0;
        }

        /// <summary>A number terminated by ','.</summary>
        public int Int() => Number(',');

        /// <summary>A count of items still to read: never more than the characters left, so it cannot over-allocate.</summary>
        public int Count()
        {
            var count = Int();
            return count >= 0 && count <= _encoded.Length - _position ? count : throw Malformed("a count is out of range");
        }

        /// <summary>A string that must be present; '=' stands for <paramref name="same"/>.</summary>
        public string Required(string? same) => Optional(same) ?? throw Malformed("a required string is missing");

        /// <summary>A string or null ('~'); '=' stands for <paramref name="same"/>.</summary>
        public string? Optional(string? same)
        {
            var c = Peek();
            if (c == '~' || c == '=')
            {
                _position++;
                return c == '~' ? null : same ?? throw Malformed("'=' has nothing to stand for");
            }

            var length = Number(':');
            if (length < 0 || length > _encoded.Length - _position)
            {
                throw Malformed("a string runs past the end");
            }

            var value = _encoded.Substring(_position, length);
            _position += length;
            return value;
        }

        /// <summary>A counted list of strings; '=' in it stands for <paramref name="same"/>.</summary>
        public string[] Strings(string same)
        {
            var items = new string[Count()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Required(same);
            }

            return items;
        }

        public decimal Decimal()
            => decimal.TryParse(Required(null), DecimalStyle, CultureInfo.InvariantCulture, out var value) ? value : throw Malformed("a number is not an invariant decimal");

        public PartialDate Date(string same)
            => PartialDate.TryParse(Required(same), out var date) ? date : throw Malformed("a date is not ISO 8601");

        /// <summary>Fails unless every character was read.</summary>
        public void End()
        {
            if (_position != _encoded.Length)
            {
                throw Malformed("characters are left after the last fact");
            }
        }

        private char Peek() => _position < _encoded.Length ? _encoded[_position] : throw Malformed("it ends too early");

        private int Number(char terminator)
        {
            var negative = Peek() == '-';
            if (negative)
            {
                _position++;
            }

            long value = 0;
            var digits = 0;
            char c;
            while ((c = Peek()) is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                if (++digits > 10 || value > int.MaxValue)
                {
                    throw Malformed("a number is too large");
                }

                _position++;
            }

            if (digits == 0 || c != terminator)
            {
                throw Malformed("a number is expected");
            }

            _position++;
            return (int)(negative ? -value : value);
        }
    }
}
