namespace SeedSdk.Extraction.Text;

/// <summary>The characters that mark Markdown structure, read by the list stage and the namer alike.</summary>
internal static class MarkdownMarks
{
    /// <summary>Whether <paramref name="c"/> opens a bullet item ("- ", "* ", "+ ", "• ").</summary>
    public static bool IsBullet(char c) => c is '-' or '*' or '+' or '\u2022';
}
