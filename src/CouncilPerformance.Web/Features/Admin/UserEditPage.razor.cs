using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin;

public partial class UserEditPage
{
    private IReadOnlyList<NamedItem> _areas = [];
    private IReadOnlyList<NamedItem> _boards = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private UserDetails? _user;
    private UserEdit? _edit;
    private AccountOutcome? _outcome;
    private string _temporaryPassword = "";
    private string? _notice;
    private bool _notFound;
    private bool _saving;
    private Actor _actor = new(null, "", new HashSet<string>(), null);

    /// <summary>The account's Identity id.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = "";

    private string StatusText => _user switch
    {
        { IsDisabled: true } => "Disabled",
        { LockedOutUntil: not null } => "Locked out",
        { MustChangePassword: true } => "Active; must change the temporary password at next sign-in",
        _ => "Active",
    };

    protected override async Task OnParametersSetAsync()
    {
        _actor = Actor.From((await AuthenticationState.GetAuthenticationStateAsync()).User);
        var options = await Kpis.GetFilterOptionsAsync();
        _areas = options.ServiceAreas;
        _boards = options.ScrutinyBoards;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _user = await Directory.GetAsync(Id);
        _notFound = _user is null;
        _edit = _user is null ? null : UserEdit.From(_user);
        _breadcrumbs =
        [
            new("Users", "/admin/users"),
            new(_user?.DisplayName ?? "User", null, disabled: true),
        ];
    }

    private bool HasError(string field) => _outcome?.ErrorFor(field) is not null;

    private string? ErrorFor(string field) => _outcome?.ErrorFor(field);

    private Task SaveAsync() => RunAsync(() => Directory.UpdateAsync(_actor, _edit!), "The account has been saved.", keepEdits: true);

    private Task UnlockAsync() => RunAsync(() => Directory.UnlockAsync(_actor, _user!.Id, _user.ConcurrencyStamp), "The account is unlocked. The person can sign in again now.");

    private Task SetDisabledAsync(bool disabled) => RunAsync(
        () => Directory.SetDisabledAsync(_actor, _user!.Id, _user.ConcurrencyStamp, disabled),
        disabled ? "The account is disabled and its sessions have ended." : "The account is enabled again.");

    private async Task SetTemporaryPasswordAsync()
    {
        await RunAsync(() => Directory.SetTemporaryPasswordAsync(_actor, _user!.Id, _user.ConcurrencyStamp, _temporaryPassword),
            "The temporary password is set. The person must change it when they next sign in.");
        if (_outcome?.Succeeded == true)
        {
            _temporaryPassword = "";
        }
    }

    // Every change reloads the account, so the next one carries the new concurrency stamp; after a
    // conflict the page shows the other person's version.
    private async Task RunAsync(Func<Task<AccountOutcome>> change, string success, bool keepEdits = false)
    {
        if (_user is null)
        {
            return;
        }

        _saving = true;
        _notice = null;
        try
        {
            _outcome = await change();
            if (_outcome.Succeeded)
            {
                _notice = success;
                await LoadAsync();
            }
            else if (_outcome.Kind == Core.Results.OutcomeKind.Conflict || !keepEdits && _outcome.Kind != Core.Results.OutcomeKind.Invalid)
            {
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
