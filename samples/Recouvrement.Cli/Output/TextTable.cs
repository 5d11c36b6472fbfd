using System.Text;

namespace Recouvrement.Cli.Output;

/// <summary>A plain-text table: columns as wide as their widest cell, amounts aligned right.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    internal TextTable Add(params string?[] cells)
    {
        rows.Add(cells.Select(c => c ?? string.Empty).ToArray());
        return this;
    }

    /// <summary>Writes the table; columns whose header starts with a space are aligned right.</summary>
    internal void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Trim().Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var line = new StringBuilder();
        void Write(IReadOnlyList<string> cells)
        {
            line.Clear();
            for (var i = 0; i < headers.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : string.Empty;
                line.Append(headers[i].StartsWith(' ') ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])).Append("  ");
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }

        Write(headers.Select(h => h.Trim()).ToArray());
        Write(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            Write(row);
        }
    }
}
