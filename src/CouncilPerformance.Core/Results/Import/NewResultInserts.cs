using System.Data.Common;
using System.Globalization;
using CouncilPerformance.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>
/// Inserts an import's new results, their comparator and breakdown values and their audit entries
/// with one prepared command per table, reused for every row, inside the import's transaction.
/// Through the change tracker the same rows cost most of the import's time: tracking, SQL built per
/// batch, and a second save per chunk for the audit entries of rows whose keys the database makes.
/// Here the key comes back from the insert itself, so each result's audit entry is written straight after it.
/// </summary>
/// <remarks>
/// Tables, columns and value conversions come from the EF model and parameters from its type mappings,
/// so the rows are stored exactly as a save would store them. The audit entries are made by the app's
/// <see cref="AuditInterceptor"/> (<see cref="AuditInterceptor.Added"/>): the same user, time and JSON as
/// every other audited save. The SQL differs only in how the new key is returned: <c>RETURNING</c> on
/// SQLite, <c>OUTPUT INSERTED</c> on SQL Server.
/// </remarks>
internal sealed class NewResultInserts : IAsyncDisposable
{
    internal const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    internal const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    private readonly TableInsert _results;
    private readonly TableInsert _comparators;
    private readonly TableInsert _breakdowns;
    private readonly TableInsert _audits;
    private readonly Func<object, AuditEntry> _audit;

    private NewResultInserts(DbContext db, Func<object, AuditEntry> audit)
    {
        _results = new TableInsert(db, typeof(Result));
        _comparators = new TableInsert(db, typeof(ComparatorValue));
        _breakdowns = new TableInsert(db, typeof(BreakdownValue));
        _audits = new TableInsert(db, typeof(AuditEntry));
        _audit = audit;
    }

    /// <summary>
    /// The inserts for <paramref name="db"/>, which must be in a transaction; null when the context
    /// has no audit interceptor, has a command interceptor, or its provider is neither SQLite nor SQL
    /// Server (the caller then saves through the change tracker).
    /// </summary>
    public static NewResultInserts? Create(DbContext db)
    {
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        var interceptor = interceptors.OfType<AuditInterceptor>().FirstOrDefault();

        // A command interceptor would not see these commands (the app registers none; the fault tests do).
        if (interceptor is null || interceptors.OfType<IDbCommandInterceptor>().Any()
            || db.Database.ProviderName is not (Sqlite or SqlServer) || db.Database.CurrentTransaction is null)
        {
            return null;
        }

        return new NewResultInserts(db, interceptor.Added(db, db.Model.FindEntityType(typeof(Result))!, interceptor.Now));
    }

    /// <summary>The INSERT this writer uses for <paramref name="clrType"/> on <paramref name="db"/>'s provider (for the tests that pin it per provider).</summary>
    internal static string InsertSql(DbContext db, Type clrType) => TableInsert.Plan(db, clrType).Sql;

    /// <summary>Inserts <paramref name="result"/> (given its real key) with its values and its audit entry.</summary>
    public async Task AddAsync(Result result, CancellationToken cancellationToken)
    {
        result.Id = Convert.ToInt32(await _results.ExecuteAsync(result, cancellationToken), CultureInfo.InvariantCulture);
        foreach (var comparator in result.Comparators)
        {
            comparator.ResultId = result.Id;
            await _comparators.ExecuteAsync(comparator, cancellationToken);
        }

        foreach (var breakdown in result.Breakdowns)
        {
            breakdown.ResultId = result.Id;
            await _breakdowns.ExecuteAsync(breakdown, cancellationToken);
        }

        await _audits.ExecuteAsync(_audit(result), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _results.DisposeAsync();
        await _comparators.DisposeAsync();
        await _breakdowns.DisposeAsync();
        await _audits.DisposeAsync();
    }

    /// <summary>A prepared INSERT of one entity type's columns, all but a key the database generates.</summary>
    private sealed class TableInsert : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly List<(IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter)> _columns = [];
        private readonly bool _returnsKey;

        public TableInsert(DbContext db, Type clrType)
        {
            var (sql, columns, returnsKey) = Plan(db, clrType);
            _returnsKey = returnsKey;
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            foreach (var property in columns)
            {
                var mapping = property.GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(_command, ParameterName(_columns.Count), null, property.IsNullable);
                _command.Parameters.Add(parameter);
                _columns.Add((property.GetGetter(), mapping.Converter, parameter));
            }

            // Not Prepare()d: SQL Server would ask for every text parameter's size; SQLite keeps the
            // statement prepared on the command between executions anyway.
            Sql = sql;
            _command.CommandText = sql;
        }

        /// <summary>The INSERT for an entity type on the context's provider, and the properties its parameters stand for, in order.</summary>
        public static (string Sql, List<IProperty> Columns, bool ReturnsKey) Plan(DbContext db, Type clrType)
        {
            var type = db.Model.FindEntityType(clrType)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var key = type.FindPrimaryKey()!.Properties.Single();
            // Only a result's key is needed afterwards (by its values and its audit entry).
            var generated = key.ValueGenerated == ValueGenerated.OnAdd;
            var returnsKey = generated && clrType == typeof(Result);
            var columns = type.GetProperties().Where(p => !(generated && p == key)).ToList();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new NotSupportedException($"{type.DisplayName()}.{shadow.Name} is a shadow property: it has no value on the entity to insert.");
            }

            var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))})";
            var values = $"VALUES ({string.Join(", ", columns.Select((_, i) => ParameterName(i)))})";
            var keyColumn = sql.DelimitIdentifier(key.GetColumnName(table)!);
            var text = !returnsKey ? $"{into} {values}"
                : db.Database.ProviderName == SqlServer ? $"{into} OUTPUT INSERTED.{keyColumn} {values}"
                : $"{into} {values} RETURNING {keyColumn}";
            return (text, columns, returnsKey);
        }

        private static string ParameterName(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

        public string Sql { get; }

        /// <summary>Inserts <paramref name="entity"/>; the generated key when there is one.</summary>
        public async Task<object?> ExecuteAsync(object entity, CancellationToken cancellationToken)
        {
            foreach (var (getter, converter, parameter) in _columns)
            {
                var value = getter.GetClrValue(entity);
                parameter.Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            if (_returnsKey)
            {
                return await _command.ExecuteScalarAsync(cancellationToken);
            }

            await _command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
