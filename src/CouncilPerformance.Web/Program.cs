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
    app.UseCouncilPerformance();

    if (app.Configuration.GetValue("Database:MigrateAndSeed", true))
    {
        var initialAdministrator = app.Configuration.GetSection("InitialAdministrator").Get<InitialAdministrator>();
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled"), initialAdministrator);
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
