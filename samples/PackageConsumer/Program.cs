using PackageConsumer.Seeds;
using SeedSdk;

// seeds/quarterly-update.md became the class QuarterlyUpdate in PackageConsumer.Seeds at compile time.
var document = QuarterlyUpdate.Document;
Console.WriteLine($"{QuarterlyUpdate.Path}: \"{QuarterlyUpdate.Title}\", {document.Facts.Count} facts");

foreach (var money in document.OfKind<MoneyFact>())
{
    Console.WriteLine($"  money   {money.Name,-32} {money.Amount.Amount} {money.Amount.Currency} (line {money.Source.Line})");
}

foreach (var person in document.OfKind<PersonFact>())
{
    Console.WriteLine($"  person  {person.Name,-32} {person.EntityName}");
}
