using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Recognizers.Quantities;
using SeedSdk.Extraction.Recognizers.Ratios;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Numeric;

/// <summary>The answers of the recognizers' tables to the numeric pass's questions, for one <see cref="Lexicon"/>.</summary>
internal sealed class RecognizerQuestions : ScanQuestions
{
    // One set of answers per lexicon, built on its first document: the tables depend on the words only.
    private static readonly ConditionalWeakTable<Lexicon, RecognizerQuestions> ByLexicon = new();

    private readonly AnchorWords _anchorWords;
    private readonly Lexicon _lexicon;
    private readonly UnitTable _units;
    private readonly CurrencyTable _currencies;

    private RecognizerQuestions(Lexicon lexicon)
    {
        _anchorWords = new AnchorWords(lexicon);
        _lexicon = lexicon;
        _units = lexicon.Units;
        _currencies = CurrencyTable.Of(lexicon);
    }

    /// <summary>The answers for <paramref name="lexicon"/>.</summary>
    public static RecognizerQuestions For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new RecognizerQuestions(l));

    /// <inheritdoc/>
    public override WordRole AnchorRole(string word) => _anchorWords.Of(word);

    /// <inheritdoc/>
    public override bool MayStartCurrency(Token token) => MoneyRecognizer.MayStartCurrency(_currencies, token);

    /// <inheritdoc/>
    public override NumberReaders ReadersAfter(Token token)
    {
        var goesOnInDigits = NumericDates.MayFollowNumber(_lexicon, token);
        return PeriodRecognizer.ReadersAfter(_lexicon, token, goesOnInDigits)
            | (goesOnInDigits ? NumberReaders.DigitDate : NumberReaders.None)
            | (RangeRecognizer.MayJoin(token) ? NumberReaders.Range : NumberReaders.None)
            | (MoneyRecognizer.MayFollowNumber(_currencies, token) ? NumberReaders.Money : NumberReaders.None)
            | (RatioRecognizer.MayFollowNumber(_lexicon, token) ? NumberReaders.Share : NumberReaders.None)
            | (DurationRecognizer.MayFollowNumber(_lexicon, token) ? NumberReaders.Duration : NumberReaders.None)
            | (LeadingPart.MayFollowNumber(token) ? NumberReaders.LeadingPart : NumberReaders.None);
    }

    /// <inheritdoc/>
    public override bool IsPlainBeforeYear(Token token) => DateRecognizer.IsPlainBeforeYear(token, _lexicon);

    /// <inheritdoc/>
    public override bool TryGetCountedNoun(string word, out string noun) => QuantityUnits.TryGetCountedNoun(_units, word, out noun);

    /// <inheritdoc/>
    public override bool MeansYuan(TokenList tokens, int distinctTexts) => YenSign.MeansYuan(tokens, distinctTexts);

    /// <inheritdoc/>
    public override bool ReadsDayFirst(TokenList tokens) => DayFirstConvention.ReadsDayFirst(tokens);
}
