using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Report;

/// <summary>
/// The colour of each kind in the report: a light fill under near-black text (contrast above 10:1, so
/// WCAG AA and AAA hold) and a darker edge that tells kinds apart where fills nest. Relation kinds
/// (role, list, statement) span whole phrases, so they are drawn mainly by their underline.
/// </summary>
internal static class KindStyles
{
    /// <summary>Fill and edge colours by contract name.</summary>
    public static readonly IReadOnlyDictionary<string, (string Fill, string Edge)> Colours = new Dictionary<string, (string, string)>
    {
        [FactKind.Money.ContractName()] = ("#c8e6c9", "#2e7d32"),
        [FactKind.Ratio.ContractName()] = ("#b3e5fc", "#01579b"),
        [FactKind.Quantity.ContractName()] = ("#d1c4e9", "#4527a0"),
        [FactKind.Duration.ContractName()] = ("#ffe0b2", "#bf4800"),
        [FactKind.Date.ContractName()] = ("#f8bbd0", "#ad1457"),
        [FactKind.Period.ContractName()] = ("#ffccbc", "#b23c17"),
        [FactKind.Person.ContractName()] = ("#bbdefb", "#0d47a1"),
        [FactKind.Organization.ContractName()] = ("#ffe082", "#7a5900"),
        [FactKind.Location.ContractName()] = ("#b2dfdb", "#00695c"),
        [FactKind.Event.ContractName()] = ("#e1bee7", "#6a1b9a"),
        [FactKind.Role.ContractName()] = ("#eceff1", "#37474f"),
        [FactKind.List.ContractName()] = ("#f0f4c3", "#5f5a00"),
        [FactKind.Statement.ContractName()] = ("#f5f5f5", "#424242"),
    };

    /// <summary>The style sheet: one rule per kind plus the layout of the page.</summary>
    public static string StyleSheet()
    {
        var css = new System.Text.StringBuilder(BaseStyles);
        foreach (var pair in Colours)
        {
            css.Append(".k-").Append(pair.Key).Append("{--fill:").Append(pair.Value.Fill).Append(";--edge:").Append(pair.Value.Edge).Append("}\n");
        }

        return css.ToString();
    }

    private const string BaseStyles =
        "body{font:16px/1.6 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:72rem;padding:1rem 2rem}\n" +
        "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-top:2px solid #ccc;padding-top:1rem;overflow-wrap:anywhere}\n" +
        "nav ol{columns:2 24rem}a{color:#0b57d0}\n" +
        ".legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem;padding:0;list-style:none}\n" +
        ".legend li{background:var(--fill);border-bottom:3px solid var(--edge);padding:.1rem .5rem;border-radius:.3rem}\n" +
        ".text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1;border:1px solid #ddd;padding:1rem;border-radius:.4rem;unicode-bidi:isolate}\n" +
        ".f{background:var(--fill);color:#1a1a1a;border-bottom:3px solid var(--edge);border-radius:.25rem;padding:.1rem .15rem;position:relative;unicode-bidi:isolate;cursor:help}\n" +
        ".f.k-role,.f.k-list,.f.k-statement{background:transparent;border-bottom-style:double;border-bottom-width:4px;padding-bottom:.25rem}\n" +
        ".f:focus{outline:3px solid #0b57d0;outline-offset:1px}\n" +
        ".lbl{font-size:.62rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#1a1a1a;background:#fff;border:1px solid var(--edge);border-radius:.2rem;padding:0 .2rem;margin-left:.25rem;vertical-align:middle;user-select:none}\n" +
        ".tip{display:none;position:absolute;left:0;top:100%;z-index:10;min-width:14rem;max-width:28rem;white-space:normal;background:#1a1a1a;color:#fff;font-size:.85rem;line-height:1.4;padding:.4rem .6rem;border-radius:.3rem;box-shadow:0 2px 6px rgba(0,0,0,.3)}\n" +
        ".tip b{color:#fff}.tip code{color:#ffe082}\n" +
        ".f:hover:not(:has(.f:hover))>.tip,.f:focus>.tip{display:block}\n" +
        ".ctl{font-size:.7rem;color:#fff;background:#b00020;border-radius:.2rem;padding:0 .2rem}\n" +
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}\n" +
        "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}\n" +
        "th{background:#f0f0f0}caption{text-align:left;font-weight:700;padding:.25rem 0}\n" +
        "caption .swatch{display:inline-block;width:1rem;height:1rem;background:var(--fill);border:2px solid var(--edge);vertical-align:middle;margin-right:.4rem}\n" +
        "@media (prefers-reduced-motion:no-preference){.tip{transition:none}}\n";
}
