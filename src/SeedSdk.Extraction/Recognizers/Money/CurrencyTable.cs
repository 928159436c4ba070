using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>
/// The currency vocabulary: ISO codes, symbols and names (bare or with a country adjective). A general
/// table; "dollar" alone is USD, "franc" alone CHF, "pound" alone GBP, as an analyst would read them.
/// </summary>
internal static class CurrencyTable
{
    // Names: "|"-separated spellings (singular and plural, with or without a country adjective) = code[*factor].
    private static readonly string[] NameRows =
    {
        "dollar|dollars|us dollar|us dollars|american dollar|american dollars|greenback|greenbacks=USD",
        "canadian dollar|canadian dollars|loonie|loonies=CAD", "australian dollar|australian dollars|aussie dollar|aussie dollars=AUD",
        "new zealand dollar|new zealand dollars|nz dollar|nz dollars=NZD", "hong kong dollar|hong kong dollars|hk dollar|hk dollars=HKD",
        "singapore dollar|singapore dollars=SGD", "taiwan dollar|taiwan dollars|new taiwan dollar|new taiwan dollars|taiwanese dollar|taiwanese dollars=TWD",
        "jamaican dollar|jamaican dollars=JMD", "namibian dollar|namibian dollars=NAD", "fijian dollar|fijian dollars|fiji dollar|fiji dollars=FJD",
        "zimbabwean dollar|zimbabwean dollars|zimbabwe dollar|zimbabwe dollars=ZWL", "brunei dollar|brunei dollars=BND",
        "trinidad and tobago dollar|trinidad and tobago dollars=TTD", "barbadian dollar|barbadian dollars=BBD", "bahamian dollar|bahamian dollars=BSD",
        "east caribbean dollar|east caribbean dollars=XCD", "liberian dollar|liberian dollars=LRD", "guyanese dollar|guyanese dollars=GYD",
        "euro|euros=EUR", "pound|pounds|pound sterling|pounds sterling|sterling|british pound|british pounds|quid=GBP",
        "egyptian pound|egyptian pounds=EGP", "lebanese pound|lebanese pounds=LBP", "syrian pound|syrian pounds=SYP", "sudanese pound|sudanese pounds=SDG",
        "irish pound|irish pounds|punt|punts|irish punt|irish punts=IEP",
        "yen|japanese yen=JPY", "yuan|chinese yuan|renminbi|chinese renminbi|kuai=CNY",
        "won|korean won|south korean won=KRW", "north korean won=KPW",
        "rupee|rupees|indian rupee|indian rupees=INR", "pakistani rupee|pakistani rupees|pakistan rupee|pakistan rupees=PKR",
        "sri lankan rupee|sri lankan rupees|sri lanka rupee|sri lanka rupees=LKR", "nepalese rupee|nepalese rupees|nepali rupee|nepali rupees=NPR",
        "mauritian rupee|mauritian rupees=MUR", "rupiah|indonesian rupiah=IDR",
        "franc|francs|swiss franc|swiss francs=CHF", "french franc|french francs=FRF", "belgian franc|belgian francs=BEF",
        "cfa franc|cfa francs=XOF", "congolese franc|congolese francs=CDF", "rwandan franc|rwandan francs=RWF",
        "peso|pesos|mexican peso|mexican pesos=MXN", "argentine peso|argentine pesos|argentinian peso|argentinian pesos=ARS",
        "chilean peso|chilean pesos=CLP", "colombian peso|colombian pesos=COP", "philippine peso|philippine pesos|filipino peso|filipino pesos=PHP",
        "cuban peso|cuban pesos=CUP", "dominican peso|dominican pesos=DOP", "uruguayan peso|uruguayan pesos=UYU",
        "rand|rands|south african rand|south african rands=ZAR",
        "krona|kronor|swedish krona|swedish kronor=SEK", "icelandic krona|icelandic kronur=ISK",
        "krone|kroner|norwegian krone|norwegian kroner=NOK", "danish krone|danish kroner=DKK",
        "ruble|rubles|rouble|roubles|russian ruble|russian rubles|russian rouble|russian roubles=RUB",
        "belarusian ruble|belarusian rubles=BYN", "lira|liras|turkish lira|turkish liras=TRY", "lire|italian lira|italian lire=ITL",
        "reais|brazilian real|brazilian reais=BRL", "ringgit|malaysian ringgit=MYR", "baht|thai baht=THB", "dong|vietnamese dong=VND",
        "naira|nigerian naira=NGN", "cedi|cedis|ghanaian cedi|ghanaian cedis=GHS", "shekel|shekels|israeli shekel|israeli shekels|new israeli shekel|new israeli shekels=ILS",
        "dirham|dirhams|uae dirham|uae dirhams|emirati dirham|emirati dirhams=AED", "moroccan dirham|moroccan dirhams=MAD",
        "riyal|riyals|saudi riyal|saudi riyals=SAR", "qatari riyal|qatari riyals=QAR", "omani rial|omani rials=OMR", "iranian rial|iranian rials=IRR",
        "dinar|dinars|kuwaiti dinar|kuwaiti dinars=KWD", "bahraini dinar|bahraini dinars=BHD", "jordanian dinar|jordanian dinars=JOD",
        "iraqi dinar|iraqi dinars=IQD", "serbian dinar|serbian dinars=RSD", "algerian dinar|algerian dinars=DZD", "tunisian dinar|tunisian dinars=TND",
        "zloty|zlotys|zlotych|polish zloty|polish zlotys=PLN", "forint|forints|hungarian forint|hungarian forints=HUF",
        "koruna|czech koruna|czech korunas=CZK", "romanian leu|romanian lei=RON", "bulgarian lev|bulgarian leva=BGN",
        "hryvnia|hryvnias|hryvnya|ukrainian hryvnia|ukrainian hryvnias=UAH", "tenge|kazakh tenge|kazakhstani tenge=KZT",
        "taka|bangladeshi taka=BDT", "kyat|kyats|myanmar kyat=MMK", "riel|riels|cambodian riel=KHR", "lao kip=LAK",
        "shilling|shillings|kenyan shilling|kenyan shillings=KES", "ugandan shilling|ugandan shillings=UGX", "tanzanian shilling|tanzanian shillings=TZS",
        "austrian schilling|austrian schillings=ATS", "birr|ethiopian birr=ETB", "kwacha|zambian kwacha=ZMW", "lari|georgian lari=GEL",
        "armenian dram=AMD", "manat|azerbaijani manat=AZN", "kyrgyz som=KGS", "peruvian sol|peruvian soles=PEN",
        "bolivar|bolivars|venezuelan bolivar|venezuelan bolivars=VES", "boliviano|bolivianos=BOB", "guarani|guaranis=PYG", "colones|costa rican colon=CRC",
        "quetzal|quetzales=GTQ", "lempira|lempiras=HNL", "cordoba|cordobas=NIO", "balboa|balboas=PAB",
        "markka|markkaa|finnish markka|finnish markkas|finnish markkaa=FIM", "guilder|guilders|dutch guilder|dutch guilders=NLG",
        "peseta|pesetas|spanish peseta|spanish pesetas=ESP", "escudo|escudos|portuguese escudo|portuguese escudos=PTE",
        "drachma|drachmas|drachmae|greek drachma|greek drachmas=GRD", "deutsche mark|deutsche marks|deutschmark|deutschmarks|german mark|german marks|d-mark|d-marks=DEM",
        "bitcoin|bitcoins=BTC", "ether=ETH",
        "cent|cents|us cent|us cents=USD*0.01", "euro cent|euro cents=EUR*0.01", "penny|pence|pennies=GBP*0.01",
        "mao|jiao=CNY*0.1", "fen=CNY*0.01", "paisa|paise=INR*0.01", "kopeck|kopecks|kopek|kopeks=RUB*0.01",
    };

    // Symbols and symbol-like prefixes, as the concatenation of touching tokens.
    private static readonly WordMap<string> Symbols = new()
    {
        ["$"] = "USD", ["us$"] = "USD", ["u.s.$"] = "USD", ["u.s$"] = "USD", ["usd$"] = "USD", ["hk$"] = "HKD", ["hkd$"] = "HKD",
        ["c$"] = "CAD", ["ca$"] = "CAD", ["can$"] = "CAD", ["cad$"] = "CAD", ["a$"] = "AUD", ["au$"] = "AUD", ["aud$"] = "AUD",
        ["nz$"] = "NZD", ["nzd$"] = "NZD", ["s$"] = "SGD", ["sg$"] = "SGD", ["sgd$"] = "SGD", ["nt$"] = "TWD", ["twd$"] = "TWD",
        ["r$"] = "BRL", ["mex$"] = "MXN", ["mx$"] = "MXN", ["mxn$"] = "MXN", ["j$"] = "JMD", ["rd$"] = "DOP", ["z$"] = "ZWL",
        ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\uFFE5"] = "JPY", ["jp\u00A5"] = "JPY", ["cn\u00A5"] = "CNY", ["rmb\u00A5"] = "CNY", ["\u5143"] = "CNY", ["\u5186"] = "JPY",
        ["\u20B9"] = "INR", ["\u20A9"] = "KRW", ["\u20BD"] = "RUB", ["\u20BA"] = "TRY", ["\u20BF"] = "BTC", ["\u20A1"] = "CRC",
        ["\u20BE"] = "GEL", ["\u20AD"] = "LAK", ["\u20B1"] = "PHP", ["\u20A6"] = "NGN", ["\u20AB"] = "VND", ["\u20AA"] = "ILS",
        ["\u0E3F"] = "THB", ["\u20B4"] = "UAH", ["\u20B8"] = "KZT", ["\u20AE"] = "MNT", ["\u20B2"] = "PYG", ["\u20B5"] = "GHS",
        ["\u0BB0\u0BC2"] = "LKR", ["rs"] = "INR", ["rs."] = "INR", ["rp"] = "IDR", ["rp."] = "IDR", ["fr."] = "CHF", ["chf"] = "CHF",
        ["ksh"] = "KES", ["ksh."] = "KES", ["kshs"] = "KES", ["sh"] = "KES", ["tsh"] = "TZS", ["ush"] = "UGX", ["rm"] = "MYR", ["tk"] = "BDT",
        ["tk."] = "BDT", ["dh"] = "AED", ["dhs"] = "AED", ["gh\u20B5"] = "GHS", ["e\u00A3"] = "EGP",
    };

    // Country prefixes that may stand apart from "$" ("hk $ 10.05 billion", "c $ 16.4 million").
    private static readonly WordMap<string> SpacedDollarPrefixes = new()
    {
        ["hk"] = "HKD", ["c"] = "CAD", ["nz"] = "NZD", ["mex"] = "MXN", ["u.s"] = "USD", ["u.s."] = "USD", ["nt"] = "TWD",
    };

    // ISO 4217 codes recognized in upper case (TryGetCode checks the case; the set itself ignores it). Codes that
    // are English words (ALL, TOP, CUP, PEN, MOP) are left out.
    private static readonly WordSet UpperCodes = new()
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CNH", "HKD", "CAD", "AUD", "NZD", "SGD", "CHF", "INR", "KRW", "RUB", "TRY", "BRL",
        "MXN", "ZAR", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "UAH", "KZT", "THB", "IDR", "MYR", "PHP", "VND",
        "TWD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "ILS", "EGP", "NGN", "KES", "GHS", "MAD", "TND", "DZD", "ETB", "PKR",
        "BDT", "LKR", "NPR", "ARS", "CLP", "COP", "UYU", "VES", "BOB", "PYG", "GTQ", "CRC", "DOP", "JMD", "TTD", "XOF", "XAF", "FJD",
        "MMK", "KHR", "LAK", "MNT", "GEL", "AMD", "AZN", "BYN", "RSD", "IRR", "IQD", "BTC", "ETH", "FIM", "NLG", "ESP", "DEM", "FRF",
        "ITL", "BEF", "ATS", "PTE", "GRD", "IEP", "XDR",
    };

    // Codes also recognized in lower case (tokenized or lower-cased text; TryGetCode checks the case); none is an English word.
    private static readonly WordSet LowerCodes = new()
    {
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "cad", "aud", "nzd", "sgd", "chf", "inr", "krw", "rub", "brl", "mxn", "zar",
        "sek", "nok", "dkk", "btc", "twd", "thb", "idr", "myr", "aed", "sar", "pln", "huf", "czk",
    };

    private static readonly Dictionary<string, string> MillionCodes = BuildMillionCodes();

    private static readonly WordMap<Currency> Names = BuildNames();

    private static readonly WordSet NameLastWords = BuildNameWords(last: true);

    private static readonly WordSet NameFirstWords = BuildNameWords(last: false);

    private static readonly WordSet NameWords = BuildAllNameWords();

    /// <summary>Whether <paramref name="word"/> can start a currency name ("dollars", "hong" of "hong kong dollars"); a cheap filter.</summary>
    public static bool CanStartName(string word) => NameFirstWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of some currency name ("kong" of "hong kong dollars").</summary>
    public static bool IsNameWord(string word) => NameWords.Contains(word);

    /// <summary>The length of the longest symbol ("u.s.$").</summary>
    public static readonly int LongestSymbol = Longest(Symbols.Keys);

    // Every case-insensitive prefix of a symbol: the first token of a glued symbol is one.
    private static readonly WordSet SymbolPrefixes = Prefixes(Symbols.Keys);

    /// <summary>Whether a token with this text can start a symbol glued from touching tokens ("US" of "US$"); a cheap filter.</summary>
    public static bool MayStartSymbol(string text) => SymbolPrefixes.Contains(text);

    /// <summary>Whether a non-letter character can start a currency symbol ("$", "€", "₹").</summary>
    public static bool CanStartSymbol(char c) => c == '$' || (c > 127 && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol);

    /// <summary>The words that can start a currency written before a number: codes, "M"-codes and the letters of symbols ("us" of "US$", "rs").</summary>
    public static IEnumerable<string> PrefixStartWords()
    {
        foreach (var key in Symbols.Keys)
        {
            var letters = 0;
            while (letters < key.Length && char.IsLetter(key[letters]))
            {
                letters++;
            }

            if (letters > 0)
            {
                yield return key.Substring(0, letters);
            }
        }

        foreach (var key in SpacedDollarPrefixes.Keys)
        {
            yield return key.Split('.')[0];
        }

        foreach (var code in UpperCodes)
        {
            yield return code;
            yield return "M" + code;
        }
    }

    /// <summary>The currency named by a lower-case phrase of one to four words ("dollars", "hong kong dollars").</summary>
    public static bool TryGetName(string phrase, out Currency currency) => Names.TryGetValue(phrase, out currency);

    /// <summary>Whether <paramref name="word"/> can end a currency name (a cheap filter before building phrases).</summary>
    public static bool CanEndName(string word) => NameLastWords.Contains(word);

    /// <summary>The currency of a symbol or symbol-like prefix ("$", "HK$", "€", "Rs").</summary>
    public static bool TryGetSymbol(string text, out string code) => Symbols.TryGetValue(text, out code!);

    /// <summary>The currency of the symbol written by touching tokens <paramref name="first"/>..<paramref name="last"/> (<paramref name="length"/> characters), read in place.</summary>
    public static bool TryGetSymbol(TokenList tokens, int first, int last, int length, out string code) => Symbols.TryGetValue(tokens, first, last, length, out code!);

    /// <summary>The currency of a country prefix that may be separated from "$" by a space.</summary>
    public static bool TryGetSpacedDollarPrefix(string text, out string code) => SpacedDollarPrefixes.TryGetValue(text, out code!);

    /// <summary>Whether <paramref name="text"/> is an ISO code: upper case, or lower case for the unambiguous ones.</summary>
    public static bool TryGetCode(string text, out string code)
    {
        code = string.Empty;
        if (text.Length != 3)
        {
            return false;
        }

        if (IsUpper(text[0]) && UpperCodes.Contains(text) && IsUpper(text[1]) && IsUpper(text[2]))
        {
            code = text == "RMB" ? "CNY" : text;
            return true;
        }

        if (text == "Rmb")
        {
            code = "CNY";
            return true;
        }

        if (IsLower(text[0]) && LowerCodes.Contains(text) && IsLower(text[1]) && IsLower(text[2]))
        {
            code = text == "rmb" ? "CNY" : ToUpperAscii(text);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is a code prefixed by "M" for millions ("MUSD", "meur").</summary>
    public static bool TryGetMillionCode(string text, out string code)
    {
        if (text.Length == 4 && (text[0] == 'M' || text[0] == 'm') && MillionCodes.TryGetValue(text, out var found))
        {
            code = found;
            return true;
        }

        code = string.Empty;
        return false;
    }

    // "MUSD", "meur": every code TryGetCode reads, after "M" or "m", spelled exactly (ordinal keys).
    private static Dictionary<string, string> BuildMillionCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var prefix in new[] { "M", "m" })
        {
            foreach (var code in UpperCodes)
            {
                codes[prefix + code] = code == "RMB" ? "CNY" : code;
            }

            codes[prefix + "Rmb"] = "CNY";
            foreach (var code in LowerCodes)
            {
                codes[prefix + code] = code == "rmb" ? "CNY" : ToUpperAscii(code);
            }
        }

        return codes;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static string ToUpperAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is >= 'a' and <= 'z')
            {
                chars[k] = (char)(chars[k] - 32);
            }
        }

        return new string(chars);
    }

    private static WordMap<Currency> BuildNames()
    {
        var names = new WordMap<Currency>();
        foreach (var row in NameRows)
        {
            var eq = row.LastIndexOf('=');
            var target = row.Substring(eq + 1);
            var star = target.IndexOf('*');
            var code = star < 0 ? target : target.Substring(0, star);
            var factor = star < 0 ? 1m : decimal.Parse(target.Substring(star + 1), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in row.Substring(0, eq).Split('|'))
            {
                names[name] = new Currency(code, factor);
            }
        }

        return names;
    }

    private static int Longest(IEnumerable<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static WordSet Prefixes(IEnumerable<string> words)
    {
        var prefixes = new WordSet();
        foreach (var word in words)
        {
            for (var length = 1; length <= word.Length; length++)
            {
                prefixes.Add(word.Substring(0, length));
            }
        }

        return prefixes;
    }

    private static WordSet BuildAllNameWords()
    {
        var words = new WordSet();
        foreach (var name in Names.Keys)
        {
            foreach (var word in name.Split(' '))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static WordSet BuildNameWords(bool last)
    {
        var words = new WordSet();
        foreach (var name in Names.Keys)
        {
            var parts = name.Split(' ');
            words.Add(last ? parts[parts.Length - 1] : parts[0]);
        }

        return words;
    }
}
