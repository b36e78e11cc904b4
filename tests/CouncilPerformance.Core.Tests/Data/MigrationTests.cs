using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Data;

/// <summary>
/// Both migrations sets must match the model. Contexts are built through DI because Identity's
/// schema version (Version3, with passkeys) is set there; a bare <c>new AppDbContext(options)</c>
/// would fall back to the version 1 schema and disagree with the migrations.
/// </summary>
public class MigrationTests
{
    private const string SqlServerConnection = "Server=does-not-exist;Database=x;TrustServerCertificate=true";

    [Fact]
    public async Task Sqlite_migrations_apply_to_an_empty_database()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();

        // Act
        var pending = await context.Database.GetPendingMigrationsAsync();
        var applied = await context.Database.GetAppliedMigrationsAsync();

        // Assert
        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.Equal(context.Database.GetMigrations(), applied);
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData("Kpis")]
    [InlineData("Recommendations")]
    [InlineData("AuditEntries")]
    [InlineData("AspNetUserPasskeys")]
    public async Task Sqlite_migrations_create_the_table(string table)
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();

        // Act
        var found = await context.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .ToListAsync();

        // Assert
        Assert.Equal(table, Assert.Single(found));
    }

    [Fact]
    public void Sqlite_model_built_through_DI_has_no_pending_changes()
    {
        // Arrange
        using var services = BuildServices(o => o.UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly("CouncilPerformance.Migrations.Sqlite")));
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Act
        var hasChanges = context.Database.HasPendingModelChanges();

        // Assert
        Assert.False(hasChanges, hasChanges ? Differences(context) : null);
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void SqlServer_model_built_through_DI_has_no_pending_changes()
    {
        // Arrange
        using var services = BuildServices(o => o.UseSqlServer(SqlServerConnection, x => x.MigrationsAssembly("CouncilPerformance.Migrations.SqlServer")));
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Act
        var hasChanges = context.Database.HasPendingModelChanges();

        // Assert
        Assert.False(hasChanges);
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void SqlServer_idempotent_script_creates_the_app_and_identity_tables()
    {
        // Arrange
        using var services = BuildServices(o => o.UseSqlServer(SqlServerConnection, x => x.MigrationsAssembly("CouncilPerformance.Migrations.SqlServer")));
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Act
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Assert
        Assert.Contains("CREATE TABLE [Kpis]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Recommendations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUserPasskeys]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    // What the model has that the snapshot lacks (or the other way round), so a failure says what to fix.
    private static string Differences(AppDbContext context)
    {
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        if (snapshot is null)
        {
            return "The migrations assembly has no model snapshot.";
        }

        var finalized = snapshot is IMutableModel mutable ? mutable.FinalizeModel() : snapshot;
        var initialized = context.GetService<IModelRuntimeInitializer>().Initialize(finalized, designTime: true, validationLogger: null);
        var differences = context.GetService<IMigrationsModelDiffer>().GetDifferences(
            initialized.GetRelationalModel(), context.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        return "Differences: " + string.Join("; ", differences.Select(d => d switch
        {
            ColumnOperation c => $"{d.GetType().Name} {c.Table}.{c.Name}",
            CreateIndexOperation c => $"{d.GetType().Name} {c.Table}.{c.Name}",
            ITableMigrationOperation t => $"{d.GetType().Name} {t.Table}",
            _ => d.GetType().Name,
        }));
    }

    private static ServiceProvider BuildServices(Action<DbContextOptionsBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdentityCore<ApplicationUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        // Its own internal service provider, so its own model: EF caches one model per provider, and a
        // context another test built without Identity's options would otherwise lend this one its
        // Version 1 model (no passkeys), which the migrations rightly disagree with.
        services.AddDbContext<AppDbContext>(o =>
        {
            configure(o);
            o.EnableServiceProviderCaching(false);
        });
        return services.BuildServiceProvider();
    }
}
