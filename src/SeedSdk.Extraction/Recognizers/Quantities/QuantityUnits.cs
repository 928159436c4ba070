using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>Measure units and the noun lists that tell counted things from other words after a number.</summary>
internal static class QuantityUnits
{
    // Measure units, one row per unit: "reported=written|written|...". The reported unit is the lower-case singular as
    // written (an abbreviation stays an abbreviation: "km", "gw"); the first row of a unit also names it in full
    // ("kilometre") for the compound units ("kilometre per hour").
    private static readonly string[] MeasureRows =
    {
        // length
        "km=km", "kilometre=kilometre|kilometres", "kilometer=kilometer|kilometers", "mile=mile|miles|mi", "metre=metre|metres", "meter=meter|meters",
        "cm=cm", "centimetre=centimetre|centimetres", "centimeter=centimeter|centimeters", "mm=mm", "millimetre=millimetre|millimetres",
        "millimeter=millimeter|millimeters", "dm=dm", "decimetre=decimetre|decimetres|decimeter|decimeters", "nm=nm",
        "nanometre=nanometre|nanometres|nanometer|nanometers", "micrometre=micrometre|micrometres|micrometer|micrometers|\u00B5m|\u03BCm",
        "picometre=picometre|picometres|picometer|picometers", "foot=foot|feet|ft", "inch=inch|inches", "yard=yard|yards|yd|yds",
        // mass
        "kg=kg|kgs", "kilogram=kilogram|kilograms|kilo|kilos", "gram=gram|grams|gramme|grammes", "milligram=milligram|milligrams|mg",
        "microgram=microgram|micrograms|\u00B5g|\u03BCg|mcg", "tonne=tonne|tonnes", "ton=ton|tons", "lb=lb|lbs", "pound=pound|pounds",
        "ounce=ounce|ounces", "oz=oz", "dram=dram|drams|drachma|drachmas", "carat=carat|carats",
        // volume
        "litre=litre|litres", "liter=liter|liters", "millilitre=millilitre|millilitres|milliliter|milliliters|ml", "gallon=gallon|gallons",
        "barrel=barrel|barrels", "bpd=bpd", "teaspoon=teaspoon|teaspoons|tsp", "tablespoon=tablespoon|tablespoons|tbsp", "cup=cup|cups",
        "pint=pint|pints", "bcm=bcm", "mtpa=mtpa",
        // area
        "hectare=hectare|hectares", "acre=acre|acres", "km2=km2", "m2=m2", "cc=cc",
        // energy and power
        "kwh=kwh", "mwh=mwh", "gwh=gwh", "twh=twh", "kw=kw", "mw=mw", "gw=gw", "tw=tw", "kilowatt=kilowatt|kilowatts", "megawatt=megawatt|megawatts",
        "gigawatt=gigawatt|gigawatts", "terawatt=terawatt|terawatts", "kv=kv", "mah=mah", "hp=hp", "horsepower=horsepower",
        // information and frequency
        "bit=bit|bits", "byte=byte|bytes", "kilobyte=kilobyte|kilobytes", "megabyte=megabyte|megabytes", "gigabyte=gigabyte|gigabytes",
        "terabyte=terabyte|terabytes", "kilobit=kilobit|kilobits", "megabit=megabit|megabits", "gigabit=gigabit|gigabits",
        "kb=kb", "gb=gb", "tb=tb", "mb=mb", "pb=pb", "gbps=gbps", "mbps=mbps", "ghz=ghz", "mhz=mhz",
        // angle
        "radian=radian|radians|rad", "degree=degree|degrees|deg|\u00B0",
        // speed and freight
        "mph=mph", "kph=kph|kmph|kmh", "knot=knot|knots", "teu=teu|teus",
    };

    // Symbols and spellings that a compound unit writes out in full ("km/h" = "kilometre per hour").
    private static readonly string[] FullNameRows =
    {
        "kilometre=km|kilometer", "metre=meter|m", "centimetre=cm|centimeter", "millimetre=mm|millimeter", "decimetre=dm", "nanometre=nm", "foot=ft",
        "kilogram=kg", "tonne=t", "litre=liter|l", "kilowatt=kw", "megawatt=mw", "gigawatt=gw", "megabit=mb", "gigabit=gb",
        "hour=h|hr|hrs|hours", "second=s|sec|secs|seconds", "millisecond=ms|milliseconds", "minute=min|mins|minutes", "day=days", "mile=miles", "gallon=gallons",
    };

    private static readonly WordMap<string> Measures = Rows(MeasureRows);

    private static readonly WordMap<string> FullNames = Rows(FullNameRows);

    // "per hour", "/s": the units of time and length a compound unit divides by.
    private static readonly WordSet Divisors = TokenScan.Set(
        "hour", "h", "hr", "second", "s", "sec", "millisecond", "ms", "minute", "min", "day", "year", "metre", "meter", "m", "litre", "liter", "l",
        "gallon", "kilometre", "kilometer", "km", "mile", "kwh", "kg", "tonne", "hectare", "acre", "capita", "person");

    private static WordMap<string> Rows(string[] rows)
    {
        var map = new WordMap<string>();
        foreach (var row in rows)
        {
            var equals = row.IndexOf('=');
            var reported = row.Substring(0, equals);
            foreach (var written in row.Substring(equals + 1).Split('|'))
            {
                map[written] = reported;
            }
        }

        return map;
    }

    /// <summary>The full singular name of a unit as a compound unit writes it ("km" → "kilometre", "h" → "hour").</summary>
    public static string FullName(string unit) => FullNames.TryGetValue(unit, out var full) ? full : unit.ToLowerInvariant();

    /// <summary>Whether <paramref name="word"/> can follow "per" or "/" in a compound unit ("km/h", "litres per 100 km" excluded).</summary>
    public static bool IsDivisor(string word) => Divisors.Contains(word);

    // Plural-looking words that do not name counted things after a number.
    private static readonly WordSet NotCounted = TokenScan.Set(
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
