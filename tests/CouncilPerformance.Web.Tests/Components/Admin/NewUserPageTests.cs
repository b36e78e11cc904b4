using Bunit;
using Bunit.TestDoubles;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Web.Features.Admin;
using CouncilPerformance.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CouncilPerformance.Web.Tests.Components.Admin;

/// <summary>
/// The new-account page as a live circuit runs it, with the app's own <see cref="UserDirectory"/> on the
/// app's seeded SQLite database: what it says when the form is wrong, and that it then creates nothing.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class NewUserPageTests : BunitContext, IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly AsyncServiceScope _scope;

    public NewUserPageTests(AppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _scope = app.Services.CreateAsyncScope();

        // As MudTestContext, but with the directory registered before anything is rendered.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(_scope.ServiceProvider.GetRequiredService<UserDirectory>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task An_e_mail_address_in_the_wrong_format_is_marked_with_its_message_and_no_account_is_created()
    {
        var name = $"Wrong Format {Guid.NewGuid():N}";
        var cut = Render<NewUserPage>();

        await FillAsync(cut, name, "not-an-address", officer: true);
        await cut.Find("form").SubmitAsync();

        var email = cut.Find("#new-user-email");
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("new-user-email-error", email.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Enter an e-mail address in the right format, like name@coventry.gov.uk", cut.Find("#new-user-email-error").TextContent);
        Assert.Contains("The account was not created. Correct the fields marked below.", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        // Only the wrong field is marked; what was typed stays.
        Assert.Null(cut.Find("#new-user-name").GetAttribute("aria-invalid"));
        Assert.Equal(name, cut.Find("#new-user-name").GetAttribute("value"));
        Assert.False(await AnyAccountNamedAsync(name));
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task A_missing_e_mail_address_and_service_area_are_each_marked_and_nothing_is_created()
    {
        var name = $"No Address {Guid.NewGuid():N}";
        var cut = Render<NewUserPage>();

        await FillAsync(cut, name, "", officer: false);
        await cut.Find("form").SubmitAsync();

        // The directory's validator gives both of its e-mail messages for an empty address (as before the form moved here).
        Assert.Equal("Error: Enter an e-mail address", cut.Find("#new-user-email-error").TextContent);
        Assert.Equal("Error: Choose the officer's service area", cut.Find("#new-user-area-error").TextContent);
        Assert.Equal("true", cut.Find("#new-user-area").GetAttribute("aria-invalid"));
        Assert.Empty(cut.FindAll("#new-user-password-error"));
        Assert.Equal("new-user-password-hint", cut.Find("#new-user-password").GetAttribute("aria-describedby"));
        Assert.False(await AnyAccountNamedAsync(name));
    }

    [Fact]
    public async Task A_complete_form_creates_the_officer_who_must_change_the_password_and_goes_back_to_the_list_searched_for_them()
    {
        var email = $"new.officer.{Guid.NewGuid():N}@example.org";
        var cut = Render<NewUserPage>();

        await FillAsync(cut, "New Officer", email, officer: true);
        await cut.Find("form").SubmitAsync();

        Assert.Equal($"http://localhost/admin/users?q={Uri.EscapeDataString(email)}&created=true", Services.GetRequiredService<NavigationManager>().Uri);
        await using var db = await DbAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True(user.MustChangePassword);
        Assert.NotNull(user.ServiceAreaId);
        Assert.Equal([Roles.Officer], await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());
    }

    [Fact]
    public void Until_the_page_is_interactive_the_button_cannot_send_the_form()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<NewUserPage>();

        Assert.True(cut.Find("button[type=submit]").HasAttribute("disabled"));
        Assert.Equal("post", cut.Find("form").GetAttribute("method"));
    }

    private static async Task FillAsync(IRenderedComponent<NewUserPage> cut, string name, string email, bool officer)
    {
        await cut.Find("#new-user-name").ChangeAsync(new ChangeEventArgs { Value = name });
        await cut.Find("#new-user-email").ChangeAsync(new ChangeEventArgs { Value = email });
        if (officer)
        {
            var area = cut.FindAll("#new-user-area option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
            await cut.Find("#new-user-area").ChangeAsync(new ChangeEventArgs { Value = area });
        }

        await cut.Find("#new-user-password").ChangeAsync(new ChangeEventArgs { Value = "Fresh-Start-2026!" });
    }

    private async Task<AppDbContext> DbAsync() =>
        await _scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<bool> AnyAccountNamedAsync(string name)
    {
        await using var db = await DbAsync();
        return await db.Users.AnyAsync(u => u.DisplayName == name);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override async ValueTask DisposeAsyncCore()
    {
        await _scope.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
