using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Roles;
using SeedSdk.Extraction.Statements;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Entities;

/// <summary>
/// The word-list questions the entity stage asks of nearly every token (a title? a role's first word? a reporting
/// verb?), answered once per distinct word of one document and kept by <see cref="Token.TextId"/>, so a scan costs an
/// array read per token instead of case-insensitive hash lookups. Valid only for tokens of the document's own list.
/// </summary>
internal sealed class DocumentWords
{
    [Flags]
    private enum Traits : ushort
    {
        None = 0,
        Known = 1,
        Honorific = 2,
        RoleStart = 4,
        SentenceStarter = 8,
        ReportingVerb = 16,
        Participle = 32,
        PersonalSubjectPronoun = 64,
    }

    private readonly Traits[] _traits;

    /// <summary>Creates an empty table for the words of <paramref name="context"/>.</summary>
    public DocumentWords(DocumentContext context) => _traits = new Traits[context.DistinctTexts];

    /// <summary>A title stripped from names ("Mr", "Professor"), in any case.</summary>
    public bool IsHonorific(Token token) => Has(token, Traits.Honorific);

    /// <summary>A word that is only capitalized because it starts a sentence (see <see cref="WordClasses.IsSentenceStarter"/>).</summary>
    public bool IsSentenceStarter(Token token) => Has(token, Traits.SentenceStarter);

    /// <summary>"He" or "she" in any case.</summary>
    public bool IsPersonalSubjectPronoun(Token token) => Has(token, Traits.PersonalSubjectPronoun);

    /// <summary>As <see cref="RoleLexicon.MatchAt"/>, skipping at once the words no role phrase starts with.</summary>
    public int RoleLengthAt(List<Token> tokens, int index, int end)
        => index < end && Has(tokens[index], Traits.RoleStart) ? RoleLexicon.MatchAt(tokens, index, end) : 0;

    /// <summary>As <see cref="ReportingVerbs.Length"/>, skipping at once the words that are no reporting verb.</summary>
    public int ReportingVerbLength(List<Token> tokens, int index)
        => index < tokens.Count && Has(tokens[index], Traits.ReportingVerb) ? ReportingVerbs.Length(tokens, index) : 0;

    /// <summary>As <see cref="ReportingVerbs.ParticipleLength"/>, skipping at once the words that are no participle of one.</summary>
    public int ParticipleLength(List<Token> tokens, int index)
        => index < tokens.Count && Has(tokens[index], Traits.Participle) ? ReportingVerbs.ParticipleLength(tokens, index) : 0;

    private bool Has(Token token, Traits traits)
    {
        var known = _traits[token.TextId];
        if (known == Traits.None)
        {
            known = Classify(token.Text);
            _traits[token.TextId] = known;
        }

        return (known & traits) != 0;
    }

    private static Traits Classify(string word)
    {
        var traits = Traits.Known;
        var g = Gazetteer.Instance;
        traits |= g.Honorifics.Contains(word) ? Traits.Honorific : Traits.None;
        traits |= g.RolesByFirstWord.ContainsKey(word) ? Traits.RoleStart : Traits.None;
        traits |= WordClasses.IsSentenceStarter(word) ? Traits.SentenceStarter : Traits.None;
        traits |= WordClasses.IsPersonalSubjectPronoun(word) ? Traits.PersonalSubjectPronoun : Traits.None;
        traits |= ReportingVerbs.MayStartReportingVerb(word) ? Traits.ReportingVerb : Traits.None;
        traits |= ReportingVerbs.MayStartParticiple(word) ? Traits.Participle : Traits.None;
        return traits;
    }
}
