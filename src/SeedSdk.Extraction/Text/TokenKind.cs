namespace SeedSdk.Extraction.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters only, possibly with inner apostrophes ("People's", "don't").</summary>
    Word,
    /// <summary>Digits only, possibly with inner ',' or '.' between digits ("1,318", "3.2").</summary>
    Number,
    /// <summary>Letters and digits together ("14th", "3.2bn", "SU7", "HX7").</summary>
    Mixed,
    /// <summary>One character that is neither a letter, a digit nor white space ("$", "%", "-", ",").</summary>
    Symbol,
}
