using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;

namespace SeedSdk.Extraction.Quantities;

/// <summary>Measure units and the noun lists that tell counted things from other words after a number.</summary>
internal static class QuantityUnits
{
    // Measure units as written (lower-case singular form is reported).
    private static readonly WordMap<string> Measures = new()
    {
        ["km"] = "km", ["kilometre"] = "kilometre", ["kilometres"] = "kilometre", ["kilometer"] = "kilometer", ["kilometers"] = "kilometer",
        ["mile"] = "mile", ["miles"] = "mile", ["metre"] = "metre", ["metres"] = "metre", ["meter"] = "meter", ["meters"] = "meter",
        ["cm"] = "cm", ["mm"] = "mm", ["nm"] = "nm", ["kg"] = "kg", ["kilogram"] = "kilogram", ["kilograms"] = "kilogram", ["gram"] = "gram",
        ["grams"] = "gram", ["tonne"] = "tonne", ["tonnes"] = "tonne", ["ton"] = "ton", ["tons"] = "ton", ["lb"] = "lb", ["lbs"] = "lb",
        ["ounce"] = "ounce", ["ounces"] = "ounce", ["oz"] = "oz", ["litre"] = "litre", ["litres"] = "litre", ["liter"] = "liter", ["liters"] = "liter",
        ["gallon"] = "gallon", ["gallons"] = "gallon", ["barrel"] = "barrel", ["barrels"] = "barrel", ["bpd"] = "bpd",
        ["hectare"] = "hectare", ["hectares"] = "hectare", ["acre"] = "acre", ["acres"] = "acre", ["foot"] = "foot", ["feet"] = "foot",
        ["inch"] = "inch", ["inches"] = "inch", ["yard"] = "yard", ["yards"] = "yard",
        ["kwh"] = "kwh", ["mwh"] = "mwh", ["gwh"] = "gwh", ["twh"] = "twh", ["kw"] = "kw", ["mw"] = "mw", ["gw"] = "gw", ["tw"] = "tw",
        ["kilowatt"] = "kilowatt", ["kilowatts"] = "kilowatt", ["megawatt"] = "megawatt", ["megawatts"] = "megawatt", ["gigawatt"] = "gigawatt",
        ["gigawatts"] = "gigawatt", ["terawatt"] = "terawatt", ["terawatts"] = "terawatt", ["kv"] = "kv", ["mah"] = "mah", ["hp"] = "hp", ["horsepower"] = "horsepower",
        ["gb"] = "gb", ["tb"] = "tb", ["mb"] = "mb", ["pb"] = "pb", ["gbps"] = "gbps", ["mbps"] = "mbps", ["ghz"] = "ghz", ["mhz"] = "mhz",
        ["teu"] = "teu", ["teus"] = "teu", ["mph"] = "mph", ["kph"] = "kph", ["bcm"] = "bcm", ["mtpa"] = "mtpa", ["carat"] = "carat", ["carats"] = "carat",
    };

    // Plural-looking words that do not name counted things after a number.
    private static readonly WordSet NotCounted = Numbers.TokenScan.Set(
        "times", "points", "percent", "is", "was", "has", "its", "this", "us", "as", "yes", "thus", "plus", "less", "unless", "whereas", "does",
        "goes", "always", "perhaps", "others", "ones", "his", "hers", "theirs", "ours", "yours", "besides", "sometimes", "nevertheless",
        "afterwards", "towards", "upwards", "downwards", "onwards", "backwards", "news", "series", "means", "species", "basis", "analysis", "crisis",
        "status", "bonus", "campus", "census", "consensus", "focus", "virus", "minus", "versus", "various", "previous", "serious", "famous",
        "numerous", "obvious", "enormous", "across", "chaos", "gas", "alias", "bus", "seems", "remains", "makes", "takes", "gives", "comes",
        "becomes", "shows", "says", "includes", "needs", "gets", "plans", "aims", "wants", "hopes", "expects", "accounts", "represents", "stands",
        "ranks", "sits", "lies", "rises", "falls", "grows", "drops", "jumps", "climbs", "declines", "increases", "decreases", "reaches", "hits",
        "tops", "marks", "sees", "saw", "sales", "earnings", "revenues", "profits", "results", "savings", "proceeds", "assets", "funds", "costs",
        "prices", "rates", "years", "months", "weeks", "days", "hours", "minutes", "decades", "seconds", "quarters");

    private static readonly WordMap<string> IrregularPlurals = new()
    {
        ["people"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman", ["staff"] = "staff",
        ["personnel"] = "personnel", ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose",
        ["cattle"] = "cattle", ["sheep"] = "sheep", ["aircraft"] = "aircraft", ["spacecraft"] = "spacecraft", ["fish"] = "fish",
        ["livestock"] = "livestock", ["criteria"] = "criterion", ["phenomena"] = "phenomenon", ["data"] = "data",
        ["indices"] = "index", ["buses"] = "bus", ["gases"] = "gas", ["lenses"] = "lens", ["bonuses"] = "bonus", ["campuses"] = "campus",
        ["viruses"] = "virus", ["statuses"] = "status", ["censuses"] = "census", ["businesses"] = "business", ["processes"] = "process", ["matrices"] = "matrix", ["analyses"] = "analysis", ["crises"] = "crisis", ["theses"] = "thesis",
    };

    /// <summary>The lower-case singular unit of a measure word ("km", "kilometres" → "kilometre").</summary>
    public static bool TryGetMeasure(string word, out string unit) => Measures.TryGetValue(word, out unit!);

    /// <summary>The lower-case singular of a counted plural noun, or false when <paramref name="word"/> is not one.</summary>
    public static bool TryGetCountedNoun(string word, out string unit)
    {
        unit = string.Empty;
        if (IrregularPlurals.TryGetValue(word, out var irregular))
        {
            unit = irregular;
            return true;
        }

        if (word.Length < 3 || (word.Length < 4 && char.IsLower(word[0])) || NotCounted.Contains(word) || !IsLowerOrAcronymPlural(word))
        {
            return false;
        }

        var lower = ToLowerAscii(word);
        if (lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal)
            || lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        unit = Singular(lower);
        return true;
    }

    // "vehicles", or an acronym plural such as "EVs".
    private static bool IsLowerOrAcronymPlural(string word)
    {
        if (word[word.Length - 1] != 's')
        {
            return false;
        }

        if (char.IsLower(word[0]))
        {
            for (var k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k]))
                {
                    return false;
                }
            }

            return true;
        }

        for (var k = 0; k < word.Length - 1; k++)
        {
            if (!char.IsUpper(word[k]))
            {
                return false;
            }
        }

        return word.Length >= 3;
    }

    private static string Singular(string lower)
    {
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            return lower.Substring(0, lower.Length - 3) + "y";
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("zes", StringComparison.Ordinal) && lower.EndsWith("zzes", StringComparison.Ordinal))
        {
            return lower.Substring(0, lower.Length - 2);
        }

        return lower.Substring(0, lower.Length - 1);
    }

    private static bool HasUpperAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static string ToLowerAscii(string word)
    {
        if (!HasUpperAscii(word))
        {
            return word;
        }

        var chars = word.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is >= 'A' and <= 'Z')
            {
                chars[k] = (char)(chars[k] + 32);
            }
        }

        return new string(chars);
    }
}
