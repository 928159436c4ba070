namespace SeedSdk.Extraction.Text;

/// <summary>Culture-invariant character classes shared by the tokenizer and the recognizers.</summary>
public static class CharClasses
{
    /// <summary>Line terminators as the C# compiler counts them: CR, LF, NEL, LS, PS.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>An apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>A hyphen or dash that may join words or numbers.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>An ASCII digit.</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
