using System;
using System.Globalization;
using System.Linq;
using FactSheet.Seeds;
using SeedSdk;

namespace FactSheet;

/// <summary>Prints the seed's facts, grouped by kind. Everything printed was compiled in: nothing is read from disk.</summary>
internal static class Program
{
    private const int ValueWidth = 90;

    private static void Main()
    {
        var document = LeiJunInterview.Document;
        Console.WriteLine(LeiJunInterview.Title);
        Console.WriteLine(new string('=', Math.Min(LeiJunInterview.Title.Length, 78)));
        Console.WriteLine($"{LeiJunInterview.Path}: {document.Facts.Count} facts");

        foreach (var group in document.Facts.GroupBy(fact => fact.Kind).OrderBy(group => group.Key))
        {
            Console.WriteLine();
            Console.WriteLine($"{group.Key} ({group.Count()})");
            foreach (var fact in group)
            {
                Console.WriteLine($"  line {fact.Source.Line,3}  {fact.Name,-40} {Shorten(fact.ToString())}");
            }
        }

        // The same facts as typed members: constants work in switch statements and attributes.
        Console.WriteLine();
        Console.WriteLine("Typed access");
        Console.WriteLine($"  Money.TechnologyRdInvestment2021To2025Value = {LeiJunInterview.Money.TechnologyRdInvestment2021To2025Value.ToString("N0", CultureInfo.InvariantCulture)} {LeiJunInterview.Money.TechnologyRdInvestment2021To2025Currency}");
        Console.WriteLine($"  Ratios.AiShareValue = {LeiJunInterview.Ratios.AiShareValue.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"  Roles of {LeiJunInterview.People.LeiJun.EntityName}: {string.Join(", ", document.OfKind<RoleFact>().Select(role => role.Role))}");

        // Facts corrected by seeds/000_8b5633673b5c9d83.seedsdk.json, the curation file beside the seed.
        Console.WriteLine();
        Console.WriteLine("Curated (seeds/000_8b5633673b5c9d83.seedsdk.json)");
        Console.WriteLine($"  added   Dates.InterviewDate = {LeiJunInterview.Dates.InterviewDateValue} from \"{LeiJunInterview.Dates.InterviewDate.Text}\" (line {LeiJunInterview.Dates.InterviewDate.Source.Line}, column {LeiJunInterview.Dates.InterviewDate.Source.Column})");
        Console.WriteLine($"  pinned  Periods.RdInvestmentPeriod = {LeiJunInterview.Periods.RdInvestmentPeriodStart}..{LeiJunInterview.Periods.RdInvestmentPeriodEnd} from \"{LeiJunInterview.Periods.RdInvestmentPeriod.Text}\"");
        Console.WriteLine($"  dates   {string.Join(", ", document.OfKind<DateFact>().Select(date => date.Name))} (\"in 2025\" suppressed)");
    }

    private static string Shorten(string text)
        => text.Length <= ValueWidth ? text : text.Substring(0, ValueWidth - 1) + "…";
}
