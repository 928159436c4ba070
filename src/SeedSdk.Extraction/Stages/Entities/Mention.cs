namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// One occurrence of an entity in the text, over tokens <see cref="First"/>..<see cref="Last"/>, and the form it is written in:
/// its text (possessive and titles stripped) and character span.
/// </summary>
internal sealed class Mention
{
    /// <summary>Creates a mention of <paramref name="entity"/> written <paramref name="text"/> at characters <paramref name="start"/> (<paramref name="length"/> long), tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public Mention(Entity entity, string text, int start, int length, int first, int last, int wordCount, bool canBeCanonical = true)
    {
        Entity = entity;
        Text = text;
        Start = start;
        Length = length;
        First = first;
        Last = last;
        WordCount = wordCount;
        CanBeCanonical = canBeCanonical;
    }

    /// <summary>The entity mentioned.</summary>
    public Entity Entity { get; }

    /// <summary>The name as written here, without a possessive "'s" or titles.</summary>
    public string Text { get; }

    /// <summary>The offset of the name's first character.</summary>
    public int Start { get; }

    /// <summary>The name's length in characters.</summary>
    public int Length { get; }

    /// <summary>The index of the mention's first token.</summary>
    public int First { get; }

    /// <summary>The index of the mention's last token.</summary>
    public int Last { get; }

    /// <summary>The number of capitalized words of the name.</summary>
    public int WordCount { get; }

    /// <summary>Whether this form may be the canonical name (forms with a leading ordinal may not).</summary>
    public bool CanBeCanonical { get; }

    /// <summary>The entity's next form recorded after this one (see <see cref="Entities.Entity.Forms"/>).</summary>
    internal Mention? NextForm { get; set; }

    /// <summary>In <see cref="EntityAnalysis"/>'s index: the next mention recorded first at its start token, in the same block of tokens.</summary>
    internal Mention? NextByStart { get; set; }

    /// <summary>In <see cref="EntityAnalysis"/>'s index: the next mention recorded first at its last token, in the same block of tokens.</summary>
    internal Mention? NextByEnd { get; set; }
}
