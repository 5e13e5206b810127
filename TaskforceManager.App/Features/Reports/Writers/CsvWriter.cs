using System.Text;

namespace TaskforceManager.App.Features.Reports;

/// <summary>
/// Writes one table as CSV (RFC 4180: commas, double quotes, CRLF) in UTF-8 with a byte-order mark, so that Excel
/// opens accents ("Óbuda", "Fréhel") right. Text that a spreadsheet would run as a formula gets a leading apostrophe.
/// </summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(ReportTable table, Stream stream, CancellationToken ct = default)
    {
        await stream.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
        await using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(c.Header))));
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(',', table.Columns.Select((_, i) => Quote(Cell(i < row.Count ? row[i] : null)))));
        }

        await writer.FlushAsync(ct);
    }

    private static string Cell(object? cell) => cell switch
    {
        // OWASP's advice against CSV injection: text starting like a formula is written as text.
        string s when s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' => "'" + s,
        _ => ReportFiles.Plain(cell),
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
