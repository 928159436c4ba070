using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The words the numeric forms are built on, by their role, of one <see cref="Lexicon"/> (its list
/// <c>numeric-form-words</c>): "hundred" multiplies, "half" halves, "percent" makes a share. The forms are code.
/// </summary>
internal sealed class FormWords
{
    private static readonly PerLexicon<FormWords> Tables = new(lexicon => new FormWords(lexicon));

    private FormWords(Lexicon lexicon)
    {
        var roles = new Dictionary<string, WordSet>(StringComparer.Ordinal);
        foreach (var row in lexicon.Rows("numeric-form-words"))
        {
            var words = new WordSet();
            for (var k = 1; k < row.Length; k++)
            {
                words.Add(row[k]);
            }

            roles[row[0]] = words;
        }

        WordSet Role(string name)
            => roles.TryGetValue(name, out var words) ? words : throw new FormatException("The list 'numeric-form-words' has no role '" + name + "'.");

        Hundred = Role("hundred");
        Dozen = Role("dozen");
        Third = Role("third");
        Half = Role("half");
        Halves = Role("halves");
        Quarter = Role("quarter");
        Quarters = Role("quarters");
        Another = Role("another");
        Second = Role("second");
        Old = Role("old");
        Percent = Role("percent");
        Pct = Role("pct");
        Per = Role("per");
        Cent = Role("cent");
        ShareChange = Role("share-change");
        Points = Role("points");
        Minus = Role("minus");
        Number = Role("number");
        Hour = Role("hour");
        Hours = Role("hours");
        Ft = Role("ft");
        Inch = Role("inch");
        InchShort = Role("inch-short");
        InchContext = Role("inch-context");
        DimensionSign = Role("dimension-sign");
        NoSubunit = Role("no-subunit");
        Zero = Role("zero");
        OrdinalSuffixes = Role("ordinal-suffixes");
        PercentSuffix = Role("percent-suffix");
        OneArticle = Role("one-article");
        Articles = Role("articles");
        And = Role("and");
        Or = Role("or");
        OfWord = Role("of");
        To = Role("to");
        At = Role("at");
        Between = Role("between");
        From = Role("from");
        The = Role("the");
        In = Role("in");
        By = Role("by");
        Out = Role("out");
        On = Role("on");
        ShareStarts = new WordSet();
        foreach (var set in new[] { Percent, Pct, Per, ShareChange })
        {
            foreach (var word in set)
            {
                ShareStarts.Add(word);
            }
        }
    }

    /// <summary>The table of <paramref name="lexicon"/>.</summary>
    public static FormWords Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>"hundred": multiplies by 100.</summary>
    public WordSet Hundred { get; }

    /// <summary>"dozen": multiplies by 12.</summary>
    public WordSet Dozen { get; }

    /// <summary>"third", "thirds": never a fraction of a scale.</summary>
    public WordSet Third { get; }

    /// <summary>"half".</summary>
    public WordSet Half { get; }

    /// <summary>"halves".</summary>
    public WordSet Halves { get; }

    /// <summary>"quarter".</summary>
    public WordSet Quarter { get; }

    /// <summary>"quarters".</summary>
    public WordSet Quarters { get; }

    /// <summary>"another": one more unit of time.</summary>
    public WordSet Another { get; }

    /// <summary>"second" after a spelled number: an ordinal, not a unit of time.</summary>
    public WordSet Second { get; }

    /// <summary>"old": makes a length of time an age.</summary>
    public WordSet Old { get; }

    /// <summary>"percent".</summary>
    public WordSet Percent { get; }

    /// <summary>"pct".</summary>
    public WordSet Pct { get; }

    /// <summary>"per" (of "per cent", "km per hour").</summary>
    public WordSet Per { get; }

    /// <summary>"cent" (of "per cent").</summary>
    public WordSet Cent { get; }

    /// <summary>"percentage", "basis": a change of a share ("percentage points").</summary>
    public WordSet ShareChange { get; }

    /// <summary>"points", "point".</summary>
    public WordSet Points { get; }

    /// <summary>The first words of every way a share is written after a number (<see cref="Percent"/>, <see cref="Pct"/>, <see cref="Per"/>, <see cref="ShareChange"/>): one look-up rules out the rest.</summary>
    public WordSet ShareStarts { get; }

    /// <summary>"minus", "negative": a sign before a share.</summary>
    public WordSet Minus { get; }

    /// <summary>"number" (of "the number of").</summary>
    public WordSet Number { get; }

    /// <summary>"hour" (of "miles an hour").</summary>
    public WordSet Hour { get; }

    /// <summary>"hours", "hour" (of "gigawatt hours").</summary>
    public WordSet Hours { get; }

    /// <summary>"ft" (of "6 ft. 2 in").</summary>
    public WordSet Ft { get; }

    /// <summary>"inch", "inches".</summary>
    public WordSet Inch { get; }

    /// <summary>"in" as inches, read only at a boundary or before <see cref="InchContext"/>.</summary>
    public WordSet InchShort { get; }

    /// <summary>"tall", "long": words after "in" that make it inches.</summary>
    public WordSet InchContext { get; }

    /// <summary>"x", "by": what joins the sides of a dimension.</summary>
    public WordSet DimensionSign { get; }

    /// <summary>"and", "more", "less": words after an amount of money that are no sub-unit.</summary>
    public WordSet NoSubunit { get; }

    /// <summary>"zero" (of "zero-emission").</summary>
    public WordSet Zero { get; }

    /// <summary>"st", "nd", "rd", "th": letters glued to digits that make an ordinal ("21st"), no number.</summary>
    public WordSet OrdinalSuffixes { get; }

    /// <summary>"pc": per cent glued to digits ("down 3pc").</summary>
    public WordSet PercentSuffix { get; }

    /// <summary>"a" read as one: "a hundred", "a third", "half a million", "and a half".</summary>
    public WordSet OneArticle { get; }

    /// <summary>"a", "an": "an hour", "half a mile", "a quarter of an hour".</summary>
    public WordSet Articles { get; }

    /// <summary>"and": "one hundred and five", "3 dollars and 50 cents", "between 5 and 10".</summary>
    public WordSet And { get; }

    /// <summary>"or": "two or three" is vague.</summary>
    public WordSet Or { get; }

    /// <summary>"of": "tens of billions", "5 pounds of beef", "half of", "the number of".</summary>
    public WordSet OfWord { get; }

    /// <summary>"to": "5 to 10", "rose to 300".</summary>
    public WordSet To { get; }

    /// <summary>"at": "stood at 300".</summary>
    public WordSet At { get; }

    /// <summary>"between": "between $200 and $300".</summary>
    public WordSet Between { get; }

    /// <summary>"from": "from $2 billion to $3 billion" is a change.</summary>
    public WordSet From { get; }

    /// <summary>"the": "the number of".</summary>
    public WordSet The { get; }

    /// <summary>"in": "one in five", "cut in half".</summary>
    public WordSet In { get; }

    /// <summary>"by": "cut by half".</summary>
    public WordSet By { get; }

    /// <summary>"out" of "one out of three".</summary>
    public WordSet Out { get; }

    /// <summary>"on": "on 3/4" is a date.</summary>
    public WordSet On { get; }
}
