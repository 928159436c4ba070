namespace SeedSdk.Tests;

/// <summary>Small fact factories for tests: only the parts a test cares about vary.</summary>
internal static class FactBuilders
{
    public static SourceSpan Span(int line = 1, string sentence = "A sentence.") => new("seeds/report.txt", 0, 5, line, 1, 0, sentence);

    public static MoneyFact Money(decimal amount, string currency = "USD", MoneyQualifier qualifier = MoneyQualifier.None, string name = "Budget")
        => new(name, "text", Span(), new Money(amount, currency), qualifier);

    public static PersonFact Person(string name, params string[] aliases) => new("Person", name, Span(), name, aliases);
}
