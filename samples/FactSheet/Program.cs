using System;
using System.Linq;
using FactSheet.Seeds;

namespace FactSheet;

/// <summary>Prints the seed's facts, grouped by kind. Everything printed was compiled in: nothing is read from disk.</summary>
internal static class Program
{
    private static void Main()
    {
        var document = LeiJunInterview.Document;
        Console.WriteLine(LeiJunInterview.Title);
        Console.WriteLine(new string('=', Math.Min(LeiJunInterview.Title.Length, 78)));
        Console.WriteLine($"{LeiJunInterview.Path}: {document.Facts.Count} facts");

        foreach (var group in document.Facts.GroupBy(fact => fact.Kind))
        {
            Console.WriteLine();
            Console.WriteLine($"{group.Key} ({group.Count()})");
            foreach (var fact in group)
            {
                Console.WriteLine($"  line {fact.Source.Line,3}  {fact.Name,-40} {fact}");
            }
        }
    }
}
