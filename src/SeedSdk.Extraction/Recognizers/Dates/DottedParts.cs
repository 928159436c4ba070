using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>The three parts of a dotted number token ("2015.5.13", "21.04.2016"), each with its count of digits.</summary>
internal readonly record struct DottedParts(int First, int FirstLength, int Second, int SecondLength, int Third, int ThirdLength)
{
    /// <summary>Splits <paramref name="text"/> into three runs of one to four digits separated by dots, without allocating.</summary>
    public static bool TryParse(string text, out DottedParts parts)
    {
        parts = default;
        int first = 0, firstLength = 0, second = 0, secondLength = 0, third = 0, thirdLength = 0;
        var part = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (++part > 2)
                {
                    return false;
                }

                continue;
            }

            if (!CharClasses.IsAsciiDigit(c))
            {
                return false;
            }

            var digit = c - '0';
            switch (part)
            {
                case 0: first = (first * 10) + digit; firstLength++; break;
                case 1: second = (second * 10) + digit; secondLength++; break;
                default: third = (third * 10) + digit; thirdLength++; break;
            }
        }

        parts = new DottedParts(first, firstLength, second, secondLength, third, thirdLength);
        return part == 2 && firstLength is >= 1 and <= 4 && secondLength is >= 1 and <= 4 && thirdLength is >= 1 and <= 4;
    }
}
