using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.Extensions.DependencyInjection;

// The query compiler and query roots are EF internals; a test that re-targets a query at another
// provider has no public way to do it.
#pragma warning disable EF1001

namespace CouncilPerformance.Core.Tests;

/// <summary>
/// Compiles every query the tests run on SQLite a second time for SQL Server, the production
/// database, without a server: a query only SQLite can translate, or one that would have to be
/// evaluated on the client, fails the test that ran it with the SQL Server provider's own message.
/// </summary>
public sealed class SqlServerTranslation : IQueryExpressionInterceptor
{
    public static readonly SqlServerTranslation Instance = new();

    private static readonly MethodInfo _compile = typeof(IQueryCompiler).GetMethod(nameof(IQueryCompiler.CreateCompiledQuery))!;

    // Never opened: compiling a query needs the model and the provider, not a connection. Built
    // through DI with the app's Identity schema version: EF caches one model per provider, so a
    // bare context here would leave the Version 1 model (no passkeys) for every later context.
    private static readonly ServiceProvider _services = BuildServices();

    private readonly ConcurrentDictionary<string, bool> _checked = new(StringComparer.Ordinal);
    private int _seen;

    /// <summary>A scope holding a context configured for SQL Server (never connected), for tests of SQL the app builds itself.</summary>
    public static IServiceScope SqlServerScope() => _services.CreateScope();

    /// <summary>How many queries have come through, each compiled for SQL Server once per shape.</summary>
    public int Seen => _seen;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(queryExpression);
        Interlocked.Increment(ref _seen);
        var key = queryExpression.ToString();
        if (_checked.ContainsKey(key))
        {
            return queryExpression;
        }

        using var scope = _services.CreateScope();
        var sqlServer = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var retargeted = new RootsToSqlServer(sqlServer).Visit(queryExpression);
        var resultType = queryExpression.Type.IsGenericType && typeof(IQueryable).IsAssignableFrom(queryExpression.Type)
            ? typeof(IEnumerable<>).MakeGenericType(queryExpression.Type.GetGenericArguments()[0])
            : queryExpression.Type;
        try
        {
            _compile.MakeGenericMethod(resultType).Invoke(sqlServer.GetService<IQueryCompiler>(), [retargeted]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"This query cannot run on SQL Server: {ex.InnerException.Message}", ex.InnerException);
        }

        _checked.TryAdd(key, true);
        return queryExpression;
    }

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdentityCore<ApplicationUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        services.AddDbContext<AppDbContext>(o => o.UseSqlServer(
            "Server=translation-only;Database=CouncilPerformance",
            x => x.MigrationsAssembly("CouncilPerformance.Migrations.SqlServer")));
        return services.BuildServiceProvider();
    }

    // A query root names its entity type in the model of the context that made it; the SQL Server
    // context has its own model.
    private sealed class RootsToSqlServer(AppDbContext sqlServer) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) => node switch
        {
            EntityQueryRootExpression root when root.GetType() == typeof(EntityQueryRootExpression) =>
                new EntityQueryRootExpression(
                    sqlServer.GetService<IAsyncQueryProvider>(),
                    sqlServer.Model.FindEntityType(root.EntityType.Name)
                        ?? throw new InvalidOperationException($"SQL Server's model has no entity type {root.EntityType.Name}.")),
            _ => base.VisitExtension(node),
        };

        // By now EF.Parameter(x) holds an extracted parameter, which is what it asks for already.
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(EF) && node.Method.Name == nameof(EF.Parameter)
                ? Visit(node.Arguments[0])
                : base.VisitMethodCall(node);
    }
}
