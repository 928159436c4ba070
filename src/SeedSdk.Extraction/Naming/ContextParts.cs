using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The parts of a fact's context that can tell it apart from a look-alike fact of the same name: who the
/// sentence is about (<see cref="NameBefore"/>, else <see cref="NameAfter"/>), the heading or list label it sits under (<see cref="Label"/>),
/// a year elsewhere in its sentence (<see cref="SentenceYear"/>), the words that lead to a date
/// (<see cref="Lead"/>), its value (<see cref="Value"/>) and its sentence (<see cref="SentenceTag"/>). Each
/// reads the fact and its own surroundings only, never another fact, so a fact offers the same parts
/// whatever else the document holds: that is what keeps a contested name from passing to another fact.
/// Every part is PascalCase, or empty when the context has none.
/// </summary>
internal sealed class ContextParts
{
    private const int MaxSubjectWords = 3;
    private const int MaxLabelWords = 3;
    private const int MaxLeadWords = 2;

    // How many tokens on each side of a fact its sentence tag and the name after it read.
    private const int TagReach = 64;

    // Letters a sentence tag is spelled with: consonants, so a tag never spells a word.
    private const string TagLetters = "BCDFGHJKLMNPQRSTVWXZ";

    private readonly FactWindow.WordCache _cache;

    // The letters of the sentence tag being spelled.
    private readonly char[] _tag = new char[5];

    // The token range tagged last and its tag: the facts of one sentence mostly read the same range.
    private int _taggedFrom = -1;
    private int _taggedTo = -1;
    private string _lastTag = string.Empty;
    private DocumentLayout? _layout;

    /// <summary>Parts read through <paramref name="cache"/>.</summary>
    public ContextParts(FactWindow.WordCache cache) => _cache = cache;

    /// <summary>The document named.</summary>
    public Text.DocumentContext Context => _cache.Context;

    /// <summary>The document's line structure, read the first time a name needs it.</summary>
    public DocumentLayout Layout => _layout ??= DocumentLayout.Of(_cache.Context.Text, _cache.Context.Lines);

    /// <summary>The nearest run of capitalized words after the fact in its sentence ("..., according to Contoso Motors" → ContosoMotors).</summary>
    public string NameAfter(ExtractedFact fact)
    {
        // Read from the tokens themselves, within reach of the fact: the word buffers hold a sentence's words only
        // as far as the facts named so far needed, and this part must not depend on them.
        var context = _cache.Context;
        if (!FactWindow.TryLocate(context, fact.Span, out var firstToken, out var lastToken) || lastToken + 1 >= context.TokenList.Count)
        {
            return string.Empty;
        }

        var (sentenceFirst, count) = context.SentenceTokenList[context.TokenList[firstToken].Sentence];
        var to = System.Math.Min(sentenceFirst + count - 1, lastToken + TagReach);
        if (to <= lastToken)
        {
            return string.Empty;
        }

        // Read one clause at a time: the nearest name is mostly in the fact's own clause, and a run of name words
        // never crosses a clause boundary, so the words read so far always hold a whole run.
        var scanned = 0;
        var through = lastToken + 1;
        while (true)
        {
            var words = _cache.WordsAfter(lastToken + 1, to, through);
            for (var i = scanned; i < words.Count; i++)
            {
                if (IsNameWord(words[i]))
                {
                    var end = i + 1;
                    while (end < words.Count && end - i < MaxSubjectWords && IsNameWord(words[end]))
                    {
                        end++;
                    }

                    return Rendered(words, i, end);
                }
            }

            if (words.Count == 0 || words[words.Count - 1].LastToken >= to)
            {
                return string.Empty;
            }

            scanned = words.Count;
            through = words[words.Count - 1].LastToken + 1;
        }
    }

    /// <summary>
    /// The nearest run of capitalized words before the fact in its sentence ("Northwind's revenue rose" → Northwind):
    /// with <see cref="NameAfter"/> when there is none, the name the sentence is about. A single capitalized word that
    /// opens the sentence counts only when it reads as a name there (see <see cref="IsOpeningName"/>).
    /// </summary>
    public string NameBefore(ExtractedFact fact)
    {
        if (FactWindow.WholeOf(fact, _cache) is not { } window)
        {
            return string.Empty;
        }

        var words = window.Words;
        for (var i = window.First - 1; i >= 0; i--)
        {
            if (IsNameWord(words[i]))
            {
                var start = i;
                while (start > 0 && i - start + 1 < MaxSubjectWords && IsNameWord(words[start - 1]))
                {
                    start--;
                }

                if (start > 0 || i > start || IsOpeningName(words, start, _cache.Naming))
                {
                    return Rendered(words, start, i + 1);
                }
            }
        }

        return string.Empty;
    }

    /// <summary>The Markdown heading the fact sits under, or the lead-in line ("Results by region:") above its list or table.</summary>
    public string Label(ExtractedFact fact)
        => Layout.LabelOf(fact.Span.Start) is { } label ? ContentName(label, MaxLabelWords) : string.Empty;

    /// <summary>The year in the fact's sentence nearest to it ("In 2024, ... revenue of $5m": 2024), its clause's year included.</summary>
    public string SentenceYear(ExtractedFact fact)
    {
        if (FactWindow.WholeOf(fact, _cache) is not { } window)
        {
            return string.Empty;
        }

        var words = window.Words;
        for (var distance = 1; window.First - distance >= 0 || window.Last + distance <= window.ClauseEnd; distance++)
        {
            if (window.First - distance >= 0 && words[window.First - distance].IsYear)
            {
                return words[window.First - distance].Text;
            }

            if (window.Last + distance <= window.ClauseEnd && words[window.Last + distance].IsYear)
            {
                return words[window.Last + distance].Text;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// What leads to a date: the content words of its own text ("end of 2024" → End), else those right
    /// before it in its clause ("annual results for 2024" → AnnualResults), never across a number.
    /// </summary>
    public string Lead(ExtractedFact fact)
    {
        if (FactWindow.Of(fact, _cache) is not { } window)
        {
            return string.Empty;
        }

        var words = window.Words;
        for (var i = window.First; i <= window.Last; i++)
        {
            if (IsLeadWord(words[i]))
            {
                var stop = i;
                while (stop <= window.Last && stop - i < MaxLeadWords && IsLeadWord(words[stop]))
                {
                    stop++;
                }

                return Rendered(words, i, stop);
            }
        }

        var end = window.First;
        while (end > window.ClauseStart && !IsLeadWord(words[end - 1]))
        {
            if (words[end - 1].IsNumber)
            {
                return string.Empty;
            }

            end--;
        }

        var start = end;
        while (start > window.ClauseStart && end - start < MaxLeadWords && IsLeadWord(words[start - 1]))
        {
            start--;
        }

        return Rendered(words, start, end);
    }

    /// <summary>The money qualifier ("up-to" → UpTo), else empty.</summary>
    public string Qualifier(ExtractedFact fact)
        => fact.Kind == FactKind.Money && !string.IsNullOrEmpty(fact.Qualifier) ? _cache.PascalCaseOf(fact.Qualifier!) : string.Empty;

    /// <summary>
    /// The value as a name part ("Usd1Point1Billion", "Percent21Point3", "186000" for a quantity whose
    /// <paramref name="ownName"/> says what it counts) for a number; empty for other kinds, whose names already
    /// say their value or have none.
    /// </summary>
    public string Value(ExtractedFact fact, string ownName)
    {
        if (fact.Kind is not (FactKind.Money or FactKind.Ratio or FactKind.Quantity or FactKind.Duration))
        {
            return string.Empty;
        }

        var name = _cache.Builder;
        ValueNames.Write(fact, _cache, name);
        if (fact.Kind == FactKind.Quantity && !string.IsNullOrEmpty(fact.Unit) && ownName.IndexOf(_cache.NameOfText(fact.Unit!), System.StringComparison.Ordinal) >= 0)
        {
            // "Employees" + 186000, not "EmployeesEmployee186000": the name already says what is counted.
            name.Clear();
            ValueNames.AppendCompact(name, fact.Value, _cache.Naming.Parts);
        }

        return name.ToString();
    }

    /// <summary>
    /// A short tag spelled from a hash of the fact's sentence ("Kbxtq"): facts alike in everything else but
    /// their sentence are told apart by it, whatever the order of the sentences.
    /// </summary>
    public string SentenceTag(ExtractedFact fact)
    {
        var context = _cache.Context;
        if (!FactWindow.TryLocate(context, fact.Span, out var firstToken, out var lastToken))
        {
            return string.Empty;
        }

        // The sentence's tokens within reach of the fact: a bounded read, so a long sentence of many facts is
        // still tagged in linear time.
        var (sentenceFirst, count) = context.SentenceTokenList[context.TokenList[firstToken].Sentence];
        var from = System.Math.Max(sentenceFirst, firstToken - TagReach);
        var to = System.Math.Min(sentenceFirst + count - 1, lastToken + TagReach);
        if (from == _taggedFrom && to == _taggedTo)
        {
            return _lastTag;
        }

        var hash = 2166136261u;
        for (var t = from; t <= to; t++)
        {
            foreach (var c in context.TokenList[t].Text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ ' ') * 16777619u;
        }

        var tag = _tag;
        for (var i = 0; i < tag.Length; i++)
        {
            var letter = TagLetters[(int)(hash % (uint)TagLetters.Length)];
            tag[i] = i == 0 ? letter : char.ToLowerInvariant(letter);
            hash /= (uint)TagLetters.Length;
        }

        (_taggedFrom, _taggedTo, _lastTag) = (from, to, new string(tag));
        return _lastTag;
    }

    /// <summary>At most <paramref name="max"/> content words of <paramref name="text"/> as one name part.</summary>
    public string ContentName(string text, int max)
    {
        var words = _cache.WordsOfText(text);
        var name = _cache.Builder;
        name.Clear();
        Phrase.Filtered(words, 0, words.Count, PhraseFilter.Content, max).AppendTo(name);
        return name.ToString();
    }

    private static bool IsLeadWord(in NameWord word) => word.IsContent && !word.IsScaleWord;

    // A capitalized word that could be part of a name: not a stop word, a measure or an amount verb.
    private static bool IsNameWord(in NameWord word)
        => word.Kind is TokenKind.Word or TokenKind.Mixed
            && word.IsContent
            && !word.IsAbbreviation
            && char.IsUpper(word.Text[0])
            && !word.IsMeasureNoun
            && !word.IsVerbOfAmount;

    // Whether a capitalized word that opens its sentence names someone rather than starting with a capital only
    // because it opens the sentence: a possessive ("Contoso's"), an acronym, or a word a verb of which it is the
    // subject follows ("Contoso earned", "Contoso said"), where a common noun or participle mostly has a noun or a
    // preposition after it ("Overseas sales", "Compared with").
    private static bool IsOpeningName(NameWordList words, int index, NamingLexicon naming)
    {
        ref readonly var word = ref words[index];
        if (word.Text.EndsWith("'s", System.StringComparison.Ordinal) || word.Text.EndsWith("\u2019s", System.StringComparison.Ordinal) || IsAllCaps(word.Text))
        {
            return true;
        }

        if (index + 1 >= words.Count)
        {
            return false;
        }

        ref readonly var next = ref words[index + 1];
        if (next.Text is "'s" or "\u2019s")
        {
            return true;
        }

        return next.IsVerbOfAmount || naming.SubjectVerbs.Contains(next.Lower);
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private string Rendered(NameWordList words, int start, int end)
    {
        var name = _cache.Builder;
        name.Clear();
        Phrase.Range(words, start, end - start).AppendTo(name);
        return name.ToString();
    }
}
