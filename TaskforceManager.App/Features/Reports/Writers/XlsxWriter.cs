using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace TaskforceManager.App.Features.Reports;

/// <summary>
/// Writes a report's tables as an Excel workbook: a first sheet naming the report, then one sheet per table with its
/// header row, numbers as numbers and dates as dates, so the figures can be sorted, filtered and checked.
/// </summary>
public static class XlsxWriter
{
    private const int SheetNameMaxLength = 31;

    public static void Write(ReportDocument report, Stream stream)
    {
        var workbook = new DataSet();
        var about = new DataTable("Report");
        about.Columns.Add("Item", typeof(string));
        about.Columns.Add("Value", typeof(string));
        about.Rows.Add("Report", report.KindName);
        about.Rows.Add("Title", report.Title);
        about.Rows.Add("Produced on", ReportKinds.Iso(report.ProducedOn));
        about.Rows.Add("Produced by", ReportDocument.Coalition);
        foreach (var fact in report.Facts)
        {
            about.Rows.Add(fact.Label, fact.Value);
        }

        workbook.Tables.Add(about);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { about.TableName };
        foreach (var table in report.Tables)
        {
            workbook.Tables.Add(ToDataTable(table, SheetName(table.Title, names)));
        }

        MiniExcel.SaveAs(stream, workbook, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, FreezeRowCount = 1, AutoFilter = true });
    }

    private static DataTable ToDataTable(ReportTable table, string name)
    {
        var data = new DataTable(name);
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Header, column.Kind switch
            {
                ColumnKind.Number => typeof(int),
                ColumnKind.Days => typeof(double),
                ColumnKind.Date => typeof(DateTime),
                _ => typeof(string),
            });
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add(table.Columns.Select((c, i) => Value(i < row.Count ? row[i] : null, c.Kind)).ToArray());
        }

        return data;
    }

    private static object Value(object? cell, ColumnKind kind) => cell switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        double x when kind == ColumnKind.Days => Math.Round(x, 1),
        int or double => cell,
        _ => ReportFiles.Plain(cell),
    };

    /// <summary>Excel's limits: 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> used)
    {
        var clean = new string(title.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        var name = clean.Length > SheetNameMaxLength ? clean[..SheetNameMaxLength].TrimEnd() : clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > SheetNameMaxLength ? clean[..(SheetNameMaxLength - suffix.Length)].TrimEnd() : clean) + suffix;
        }

        return name;
    }
}
