namespace CouncilPerformance.Core.Common;

/// <summary>
/// Text that a spreadsheet program would run as a formula when it opens a CSV file (CSV injection).
/// Such text is fine to store and show ("-3 on last year"); it is neutralised where it leaves the
/// app as CSV, by a leading apostrophe, which spreadsheets read as "this is text".
/// </summary>
public static class SpreadsheetText
{
    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text as a CSV cell: with a leading apostrophe when it starts like a formula.</summary>
    public static string Neutralise(string text) => StartsLikeFormula(text) ? "'" + text : text;

    /// <summary>Undoes <see cref="Neutralise"/>, so a file the app wrote imports as what it holds.</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && StartsLikeFormula(text[1..]) ? text[1..] : text;
}
