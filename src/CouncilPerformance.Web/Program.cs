using CouncilPerformance.Core.Data;
using CouncilPerformance.Web;
using CouncilPerformance.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCouncilPerformance();

    var app = builder.Build();
    DatabaseExtensions.RefuseMissingDatabaseFile(app.Configuration, app.Environment);
    app.UseCouncilPerformance();

    if (app.Configuration.GetValue("Database:MigrateAndSeed", true))
    {
        var demo = app.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled");
        if (demo && app.Environment.IsProduction())
        {
            Log.Warning("Demo mode is on in Production: the demo accounts and their shared password exist. Turn Demo:Enabled off for real data");
        }

        var initialAdministrator = app.Configuration.GetSection("InitialAdministrator").Get<InitialAdministrator>();
        await DatabaseInitializer.InitializeAsync(app.Services, demo, initialAdministrator);
    }

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CouncilPerformance stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
