using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilPerformance.Core.Common;

/// <summary>
/// Says in plain words why the database did not take a save, when the reason is the database itself
/// (busy, read-only, full, unwritable) rather than the data (a duplicate or a broken reference, which
/// the callers explain as a clash with someone else's change).
/// </summary>
/// <remarks>
/// Core references no database provider, so the provider's exception is recognised through
/// <see cref="DbException"/>: SQLite by the error code that Microsoft.Data.Sqlite puts at the start
/// of every message ("SQLite Error 8: ..."), SQL Server by <see cref="DbException.IsTransient"/> and
/// its constraint wording.
/// </remarks>
public static partial class StorageFault
{
    /// <summary>What went wrong, as a sentence to show, or null when <paramref name="exception"/> is not a storage fault.</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var db = Chain(exception).OfType<DbException>().FirstOrDefault();
        if (db is null)
        {
            return null;
        }

        if (SqliteCode().Match(db.Message) is { Success: true } match)
        {
            // Primary result codes: https://sqlite.org/rescode.html
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) switch
            {
                5 or 6 => Busy,
                8 => ReadOnly,
                13 => Full,
                19 => null,
                _ => Unwritable,
            };
        }

        if (db.IsTransient)
        {
            return Busy;
        }

        return db.Message.Contains("constraint", StringComparison.OrdinalIgnoreCase) || db.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)
            ? null
            : Unwritable;
    }

    /// <summary>The database was locked by another write for longer than the app waits.</summary>
    public const string Busy = "the database was busy with other changes and did not take this one in time.";

    /// <summary>The database file or server is read-only.</summary>
    public const string ReadOnly = "the database is read-only at the moment, so it cannot take any change.";

    /// <summary>The disk holding the database is full.</summary>
    public const string Full = "the disk that holds the database is full.";

    /// <summary>Any other failure of the database to store the change.</summary>
    public const string Unwritable = "the database could not store the change.";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    [GeneratedRegex(@"^SQLite Error (\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex SqliteCode();
}
