using CouncilPerformance.Core;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Web.Components;
using CouncilPerformance.Web.Components.Account;
using CouncilPerformance.Web.Features.Results;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using Serilog;

namespace CouncilPerformance.Web.Infrastructure;

internal static class HostingExtensions
{
    public static WebApplicationBuilder AddCouncilPerformance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Logging: console and rolling file, configured from the Serilog section.
        services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext());

        // UI
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        // Pages that hand their prerendered data to the circuit ([PersistentState], e.g. the year's
        // review) send it in the circuit's first message, which can pass SignalR's 32 KB default.
        services.AddServerSideBlazor().AddHubOptions(o => o.MaximumReceiveMessageSize = 512 * 1024);

        // Data, auditing and the plan's features
        services.AddAppDatabase(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddCoreServices();
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.Configure<Core.Recommendations.RecommendationOptions>(builder.Configuration.GetSection(Core.Recommendations.RecommendationOptions.Section));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        // Identity: e-mail and password, roles, lockout after five failures, no self-registration.
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.AddAuthorization(Policies.Add);

        return builder;
    }

    public static WebApplication UseCouncilPerformance(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization("en-GB");
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapResultImportEndpoints();
        app.MapHealthChecks("/health").AllowAnonymous();

        return app;
    }
}
