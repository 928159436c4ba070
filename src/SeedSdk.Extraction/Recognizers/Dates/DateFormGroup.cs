using System;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// The forms tried at one place, in order, compiled for the matcher: each element has the <see cref="TokenShapes"/>
/// bits it may read, and a table gives, for the bits of a token, the forms whose anchor (a form's first element, or a
/// <c>before</c> form's year) may read it and the forms whose next element may. A form is read only when its anchor,
/// the token next to it and the one after may be read by it; every test says no only where reading would.
/// </summary>
internal sealed class DateFormGroup
{
    // Forms past the first 64 have no bit in the dispatch tables and are always candidates.
    private const int DispatchedForms = 64;

    private readonly ElementCheck[][] _checks;
    private readonly int[] _anchors;
    private readonly int _step;
    private readonly FormsByShape _byAnchor;
    private readonly FormsByShape _byNext;
    private readonly FormsByShape _byAfterNext;
    private readonly int _nextKinds; // the kinds of token some form may read next to its anchor (TokenShapes.KindsOf)
    private readonly bool _mayEndAtAnchor; // whether some form may read its anchor alone

    /// <summary>Groups <paramref name="forms"/> of <paramref name="place"/>, whose tokens <paramref name="shapes"/> tells apart.</summary>
    public DateFormGroup(DateForm[] forms, DateFormPlace place, TokenShapes shapes)
        : this(forms, place, shapes, prechecked: true)
    {
    }

    private DateFormGroup(DateForm[] forms, DateFormPlace place, TokenShapes shapes, bool prechecked)
    {
        Forms = forms;
        Shapes = shapes;
        _step = place == DateFormPlace.BeforeYear ? -1 : +1;
        _checks = new ElementCheck[forms.Length][];
        _anchors = new int[forms.Length];
        _byAnchor = new FormsByShape();
        _byNext = new FormsByShape();
        _byAfterNext = new FormsByShape();
        for (var f = 0; f < forms.Length; f++)
        {
            var elements = forms[f].Elements;
            var checks = _checks[f] = Array.ConvertAll(elements, element => prechecked ? ElementCheck.Of(element, shapes) : ElementCheck.Anything(element));
            var anchor = _anchors[f] = _step < 0 ? elements.Length - 1 : 0;
            _byAnchor.Add(f, checks[anchor].Accepted);
            var next = NextAccepted(checks, anchor + _step);
            _byNext.Add(f, next);
            _nextKinds |= TokenShapes.KindsOf(next);
            _mayEndAtAnchor |= next == TokenShapes.Any;
            _byAfterNext.Add(f, AfterNextAccepted(forms[f].Elements, checks, anchor + _step));
        }
    }

    /// <summary>
    /// The forms of <paramref name="place"/> with no pre-check: each is read at every token it is tried at. The same
    /// matches as the checked group, more slowly; the reference the pre-checks are tested against.
    /// </summary>
    public static DateFormGroup WithoutPrechecks(DateForm[] forms, DateFormPlace place) => new(forms, place, new TokenShapes(forms), prechecked: false);

    /// <summary>The group of <paramref name="form"/> alone, tried at its place.</summary>
    public static DateFormGroup Of(DateForm form) => new(new[] { form }, form.Place, new TokenShapes(new[] { form }));

    /// <summary>The forms, the first to match winning.</summary>
    public DateForm[] Forms { get; }

    /// <summary>What the forms' elements may read.</summary>
    public TokenShapes Shapes { get; }

    /// <summary>
    /// Whether some form may read on from an anchor next to token <paramref name="next"/> of <paramref name="tokens"/>
    /// (by its kind alone): most numbers go on with a word, which no form of digits reads.
    /// </summary>
    public bool MayGoOnAt(TokenList tokens, int next)
        => (uint)next < (uint)tokens.Count ? MayGoOnWith(tokens.KindAt(next)) : _mayEndAtAnchor;

    /// <summary>Whether some form may read on from an anchor next to a token of <paramref name="kind"/> (see <see cref="MayGoOnAt"/>).</summary>
    public bool MayGoOnWith(TokenKind kind) => _mayEndAtAnchor || (_nextKinds & (1 << (int)kind)) != 0;

    /// <summary>
    /// Whether some form may read on from an anchor, reading forward, with a token of the text and kind of
    /// <paramref name="next"/> right after it in the anchor's sentence: the matcher's own first two checks, by text.
    /// </summary>
    public bool MayReadOnWith(Token next, Lexicon lexicon)
        => MayGoOnWith(next.Kind) && !NoneOf(FormsReadingNext(Shapes.OfText(next, lexicon)));

    /// <summary>
    /// The forms (one bit each, the first 64) whose elements next to the anchor may read a token with the bits
    /// <paramref name="next"/>: some element that could be there has one of them.
    /// </summary>
    public ulong FormsReadingNext(uint next) => _byNext.Of(next);

    /// <summary>
    /// Of <paramref name="candidates"/>, the forms that may read an anchor with the bits <paramref name="anchor"/> and,
    /// after the next token, one with the bits <paramref name="afterNext"/>; <see cref="MayRead"/> tells the rest.
    /// </summary>
    public ulong FormsReadingAnchor(uint anchor, ulong candidates, uint afterNext) => candidates & _byAnchor.Of(anchor) & _byAfterNext.Of(afterNext);

    /// <summary>Whether no form may read tokens that gave no <paramref name="candidates"/> (every form past the first 64 may).</summary>
    public bool NoneOf(ulong candidates) => candidates == 0 && Forms.Length <= DispatchedForms;

    /// <summary>
    /// The first form from <paramref name="from"/> on that is among <paramref name="candidates"/> (every form past the
    /// first 64 is), or the number of forms when none is.
    /// </summary>
    public int NextCandidate(ulong candidates, int from)
    {
        if (from < DispatchedForms)
        {
            var rest = candidates >> from;
            if (rest != 0)
            {
                return from + LowestBit(rest);
            }

            from = DispatchedForms;
        }

        return from < Forms.Length ? from : Forms.Length;
    }

    /// <summary>
    /// Whether form <paramref name="form"/> may read its anchor, a token with the bits <paramref name="anchor"/>, the
    /// token next to it (<paramref name="next"/>) and the one after that (<paramref name="afterNext"/>).
    /// </summary>
    public bool MayRead(int form, uint anchor, uint next, uint afterNext)
        => _checks[form][_anchors[form]].Reads(anchor) && MayReadTwo(form, _anchors[form] + _step, next, afterNext);

    /// <summary>Whether element <paramref name="element"/> of form <paramref name="form"/> may read a token with the bits <paramref name="shape"/>.</summary>
    public bool Reads(int form, int element, uint shape) => _checks[form][element].Reads(shape);

    // Whether the elements from e on may read a token with the bits token, then one with the bits after. A spelled
    // day may reach back over more than one token: what comes after it is not tested.
    private bool MayReadTwo(int form, int e, uint token, uint after)
    {
        var checks = _checks[form];
        var elements = Forms[form].Elements;
        for (; e >= 0 && e < checks.Length; e += _step)
        {
            if (checks[e].Reads(token) && ((elements[e].Parts & DatePart.Spelled) != 0 || MayReadOne(checks, e + _step, after)))
            {
                return true;
            }

            if (!checks[e].Optional)
            {
                return false;
            }
        }

        return true; // the elements left are optional: the form may end here
    }

    private bool MayReadOne(ElementCheck[] checks, int e, uint token)
    {
        for (; e >= 0 && e < checks.Length; e += _step)
        {
            if (checks[e].Reads(token))
            {
                return true;
            }

            if (!checks[e].Optional)
            {
                return false;
            }
        }

        return true;
    }

    // Every bit some element from e on may read, up to the first that is there; all of them when none need be.
    private uint NextAccepted(ElementCheck[] checks, int e)
    {
        var accepted = 0u;
        for (; e >= 0 && e < checks.Length; e += _step)
        {
            accepted |= checks[e].Accepted;
            if (!checks[e].Optional)
            {
                return accepted;
            }
        }

        return TokenShapes.Any;
    }

    // Every bit an element may read at the second token from the anchor: after each element that may read the first,
    // the next ones up to the first that is there. All bits where the form may end first, or a spelled day may take
    // more than one token.
    private uint AfterNextAccepted(DateElement[] elements, ElementCheck[] checks, int e)
    {
        var accepted = 0u;
        for (; e >= 0 && e < checks.Length; e += _step)
        {
            accepted |= (elements[e].Parts & DatePart.Spelled) != 0 ? TokenShapes.Any : NextAccepted(checks, e + _step);
            if (!checks[e].Optional)
            {
                return accepted;
            }
        }

        return TokenShapes.Any;
    }

    // The index of the lowest set bit of a non-zero value (a de Bruijn multiplication: netstandard2.0 has no intrinsic).
    private static int LowestBit(ulong value) => DeBruijnPositions[((value & (0UL - value)) * 0x03F79D71B4CB0A89UL) >> 58];

    private static readonly byte[] DeBruijnPositions =
    {
        0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4, 62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
        63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6,
    };

    // For each byte of a token's bits and each value of that byte, the forms one of whose bits it holds: the forms
    // that may read a token are found with four look-ups. A form reading any token (or none) is always among them.
    private sealed class FormsByShape
    {
        private readonly ulong[] _byByte = new ulong[4 * 256]; // byte b of the bits, value v: entry 256 * b + v
        private ulong _always; // the forms that need not read the token at all

        public void Add(int form, uint accepted)
        {
            if (form >= DispatchedForms)
            {
                return;
            }

            var bit = 1UL << form;
            if (accepted == TokenShapes.Any)
            {
                _always |= bit;
                return;
            }

            for (var b = 0; b < 4; b++)
            {
                var mine = (accepted >> (8 * b)) & 0xFF;
                for (var value = 1; value < 256; value++)
                {
                    if ((value & mine) != 0)
                    {
                        _byByte[(256 * b) + value] |= bit;
                    }
                }
            }
        }

        public ulong Of(uint shape)
            => _always | _byByte[shape & 0xFF] | _byByte[256 + ((shape >> 8) & 0xFF)] | _byByte[512 + ((shape >> 16) & 0xFF)] | _byByte[768 + (shape >> 24)];
    }

    // What one element may read, as TokenShapes bits.
    private readonly struct ElementCheck
    {
        private ElementCheck(uint accepted, uint required, bool optional)
        {
            Accepted = accepted;
            Required = required;
            Optional = optional;
        }

        public uint Accepted { get; }

        public uint Required { get; }

        public bool Optional { get; }

        public static ElementCheck Of(DateElement element, TokenShapes shapes)
            => new(shapes.Accepted(element), TokenShapes.Required(element), element.Optional);

        public static ElementCheck Anything(DateElement element) => new(TokenShapes.Any, 0, element.Optional);

        public bool Reads(uint shape) => (shape & Accepted) != 0 && (shape & Required) == Required;
    }
}
