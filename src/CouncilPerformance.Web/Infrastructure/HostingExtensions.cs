using CouncilPerformance.Core;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Web.Components;
using CouncilPerformance.Web.Components.Account;
using CouncilPerformance.Web.Components.Layout;
using CouncilPerformance.Web.Features.OpenData;
using CouncilPerformance.Web.Features.PublicSite;
using CouncilPerformance.Web.Features.Reports;
using CouncilPerformance.Web.Features.Results;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
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
        services.AddSingleton<Components.Layout.ThemeStyles>();

        // Pages that hand their prerendered data to the circuit ([PersistentState], e.g. the year's
        // review) send it in the circuit's first message, which can pass SignalR's 32 KB default.
        services.AddServerSideBlazor().AddHubOptions(o => o.MaximumReceiveMessageSize = 512 * 1024);

        // Data, auditing and the plan's features
        services.AddAppDatabase(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddCoreServices();
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        // One key ring for every instance, in the database: a cookie issued by one instance is
        // read by the others, and a restart signs nobody out.
        services.AddDataProtection()
            .SetApplicationName("CouncilPerformance")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<DatabaseWriteHealthCheck>("database-writable");

        // Cabinet decisions and reminders: the response clock's months, the reminder job and e-mail.
        services.Configure<CouncilPerformance.Core.Recommendations.RecommendationOptions>(builder.Configuration.GetSection(CouncilPerformance.Core.Recommendations.RecommendationOptions.Section));
        services.Configure<CouncilPerformance.Core.Reminders.ReminderOptions>(builder.Configuration.GetSection(CouncilPerformance.Core.Reminders.ReminderOptions.Section));
        services.Configure<CouncilPerformance.Core.Reminders.EmailOptions>(builder.Configuration.GetSection(CouncilPerformance.Core.Reminders.EmailOptions.Section));
        services.AddHostedService<CouncilPerformance.Core.Reminders.ReminderJob>();

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
            // Signing out or disabling an account changes its security stamp; checking the stamp on
            // every request means a copied cookie stops working at once (one small query, SessionCheck).
            options.Events.OnValidatePrincipal = SessionCheck.ValidatePrincipalAsync;
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
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddUserConfirmation<AccountConfirmation>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddAuthorization(Policies.Add);
        services.Configure<SignInThrottleOptions>(builder.Configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ISignInFailureCounter>(sp => sp.GetRequiredService<SignInThrottle>());

        // A disabled account's open circuits end within a minute (IdentityRevalidatingAuthenticationStateProvider);
        // the other cookies Identity issues (the two-factor step's) keep its validator, checked at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        // The public site and open data: static pages and files, cached (Features/PublicSite, Features/OpenData).
        services.AddPublicSite(builder.Configuration);

        return builder;
    }

    public static WebApplication UseCouncilPerformance(this WebApplication app)
    {
        // First, so every answer carries them, sign-in redirects included.
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization("en-GB");

        // Explicit, so they run after the middleware above rather than before it.
        app.UseAuthentication();
        // A temporary password to change, or an administrator's two-factor set-up, comes first.
        app.UseMiddleware<AccountRequirementsMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapThemeStyles();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapResultImportEndpoints();
        app.MapOpenDataEndpoints();
        app.MapReportEndpoints();
        app.MapHealthChecks("/health").AllowAnonymous();

        return app;
    }
}
