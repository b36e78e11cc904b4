namespace CouncilPerformance.Core.OpenData;

/// <summary>
/// Stops a text cell from being run as a formula when the file is opened in a spreadsheet
/// (CSV injection, OWASP): a cell whose first non-blank character is =, +, -, @, a tab or a carriage
/// return gets a leading apostrophe, which spreadsheets show as text. Numbers are written by the
/// exporter itself and never pass through here, so a negative number stays a number.
/// </summary>
public static class CsvSafety
{
    private static readonly char[] _triggers = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.TrimStart(' ');
        if (text.Length > 0 && (_triggers.Contains(text[0]) || (first.Length > 0 && _triggers.Contains(first[0]))))
        {
            return "'" + text;
        }

        return text;
    }
}
