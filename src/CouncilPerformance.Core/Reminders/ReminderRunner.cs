using System.Globalization;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Reminders;

/// <summary>What one run of the job did.</summary>
public sealed record ReminderRun(bool HeldLease, int Created, int Emailed);

/// <summary>
/// One run of the reminder job: takes the database lease (or does nothing when another instance holds
/// it), works out who should be reminded of what today, records each new reminder once (the unique
/// (person, key) index makes a second copy impossible), and e-mails each person one message with their
/// reminders not yet sent. Running it again, or on another instance, sends nothing twice.
/// </summary>
/// <remarks>
/// One file: the rules for each kind of reminder read best next to each other, and the run's steps
/// (lease, work out, record, send) are short.
/// </remarks>
public sealed class ReminderRunner(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IReminderMailer mailer,
    IOptions<ReminderOptions> options,
    ILogger<ReminderRunner> logger)
{
    public const string LeaseName = "reminders";

    private sealed record Person(string Id, string Email, string Name, string Role, int? ServiceAreaId);

    private sealed record Candidate(string UserId, string Key, ReminderKind Kind, string Subject, string Body, string? Link);

    public async Task<ReminderRun> RunOnceAsync(string instance, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        if (!await TryTakeLeaseAsync(instance, cancellationToken))
        {
            logger.LogInformation("Reminders: another instance holds the lease; skipping this run");
            return new ReminderRun(false, 0, 0);
        }

        try
        {
            var created = await RecordNewAsync(cancellationToken);
            var emailed = await EmailUnsentAsync(cancellationToken);
            return new ReminderRun(true, created, emailed);
        }
        finally
        {
            await ReleaseLeaseAsync(instance, CancellationToken.None);
        }
    }

    /// <summary>A person's reminders, newest first, for the in-app list.</summary>
    public async Task<IReadOnlyList<Reminder>> ForUserAsync(string userId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reminders.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
    }

    // ---- The lease ----

    private async Task<bool> TryTakeLeaseAsync(string instance, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.JobLeases.AnyAsync(l => l.Name == LeaseName, cancellationToken))
        {
            try
            {
                db.JobLeases.Add(new JobLease { Name = LeaseName, Holder = null, ExpiresAt = DateTime.MinValue });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row first; the conditional update below decides.
            }
        }

        // One UPDATE with the condition in its WHERE: the database lets only one instance match.
        var taken = await db.JobLeases
            .Where(l => l.Name == LeaseName && (l.ExpiresAt < now || l.Holder == instance))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, instance).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return taken == 1;
    }

    private async Task ReleaseLeaseAsync(string instance, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.JobLeases.Where(l => l.Name == LeaseName && l.Holder == instance)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, DateTime.MinValue), cancellationToken);
    }

    // ---- Working out and recording ----

    private async Task<int> RecordNewAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await PeopleAsync(db, cancellationToken);
        var today = ResponseClock.Today(clock);
        var candidates = new List<Candidate>();
        await AddResponseRemindersAsync(db, people, today, candidates, cancellationToken);
        await AddUpdateRemindersAsync(db, people, today, candidates, cancellationToken);
        await AddResultRemindersAsync(db, people, today, candidates, cancellationToken);

        var keys = candidates.Select(c => c.Key).Distinct().ToList();
        var existing = (await db.Reminders.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => new { r.UserId, r.Key }).ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.Key)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = candidates.DistinctBy(c => (c.UserId, c.Key)).Where(c => !existing.Contains((c.UserId, c.Key))).ToList();
        db.Reminders.AddRange(fresh.Select(c => new Reminder
        {
            UserId = c.UserId, Key = c.Key, Kind = c.Kind, Subject = c.Subject, Body = c.Body, Link = c.Link, CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }

    private static async Task<List<Person>> PeopleAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Id, u.Email, u.DisplayName, x.Role, u.ServiceAreaId, u.LockoutEnd })
            .Where(x => x.Email != null)
            .ToListAsync(cancellationToken))
        .Select(x => new Person(x.Id, x.Email!, x.DisplayName, x.Role ?? "", x.ServiceAreaId)).ToList();

    private static string D(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static async Task AddResponseRemindersAsync(AppDbContext db, List<Person> people, DateOnly today, List<Candidate> into, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(ResponseClock.DueSoonDays);
        var awaiting = await db.Recommendations.AsNoTracking()
            .Where(r => r.AddressedTo == RecommendationAddressee.Cabinet && r.Status == RecommendationStatus.AwaitingDecision && r.ResponseDueOn != null && r.ResponseDueOn <= soon)
            .Select(r => new { r.Id, r.Reference, r.Title, Due = r.ResponseDueOn!.Value })
            .ToListAsync(cancellationToken);
        var recipients = people.Where(p => p.Role is Roles.Cabinet or Roles.Administrator).ToList();
        foreach (var r in awaiting)
        {
            var overdue = r.Due < today;
            var kind = overdue ? ReminderKind.ResponseOverdue : ReminderKind.ResponseDueSoon;
            var key = $"{(overdue ? "response-overdue" : "response-due-soon")}:{r.Id}:{r.Due:yyyy-MM-dd}";
            var subject = overdue
                ? $"Cabinet's response to recommendation {r.Reference} is overdue"
                : $"Cabinet's response to recommendation {r.Reference} is due on {D(r.Due)}";
            var body = overdue
                ? $"Recommendation {r.Reference} ({r.Title}) was due a response from Cabinet by {D(r.Due)}, and no decision has been recorded. The executive must respond to a scrutiny report within two months."
                : $"Recommendation {r.Reference} ({r.Title}) needs Cabinet's response by {D(r.Due)}. Record the decision once the meeting has taken it.";
            into.AddRange(recipients.Select(p => new Candidate(p.Id, key, kind, subject, body, $"/recommendations/{r.Id}")));
        }
    }

    private async Task AddUpdateRemindersAsync(AppDbContext db, List<Person> people, DateOnly today, List<Candidate> into, CancellationToken cancellationToken)
    {
        var reportSoon = today.AddDays(options.Value.ReportBackWarningDays);
        var staleBefore = today.AddMonths(-ReportBack.ReportBackService.StaleMonths);
        var implementing = await db.Recommendations.AsNoTracking()
            .Where(r => r.ClosedOn == null && r.ServiceAreaId != null && (r.Status == RecommendationStatus.Agreed || r.Status == RecommendationStatus.AgreedWithAmendment
                || r.Status == RecommendationStatus.AcceptedInPrinciple || r.Status == RecommendationStatus.InProgress))
            .Select(r => new
            {
                r.Id, r.Reference, r.Title, r.ServiceAreaId, r.ProgressReportDueOn, r.DecidedOn,
                LastUpdate = r.ProgressUpdates.Max(u => u.UpdateDate),
            })
            .ToListAsync(cancellationToken);
        foreach (var r in implementing)
        {
            var officers = people.Where(p => p.Role == Roles.Officer && p.ServiceAreaId == r.ServiceAreaId).ToList();
            if (r.ProgressReportDueOn is { } due && due >= today && due <= reportSoon)
            {
                var key = $"update-before-report-back:{r.Id}:{due:yyyy-MM-dd}";
                into.AddRange(officers.Select(p => new Candidate(p.Id, key, ReminderKind.UpdateBeforeReportBack,
                    $"Update needed on recommendation {r.Reference} before the report-back on {D(due)}",
                    $"The 12-month progress report to the Scrutiny Co-ordination Committee on recommendation {r.Reference} ({r.Title}) is due on {D(due)}. Add an implementation update before then.",
                    $"/recommendations/{r.Id}")));
            }

            if ((r.LastUpdate ?? r.DecidedOn) is { } last && last < staleBefore)
            {
                var key = $"update-stale:{r.Id}:{last:yyyy-MM-dd}";
                into.AddRange(officers.Select(p => new Candidate(p.Id, key, ReminderKind.UpdateStale,
                    $"No update on recommendation {r.Reference} for {ReportBack.ReportBackService.StaleMonths} months",
                    $"Nothing has been recorded on recommendation {r.Reference} ({r.Title}) since {D(last)}. Add an implementation update.",
                    $"/recommendations/{r.Id}")));
            }
        }
    }

    // Officers before the deadline and for each missing result after it, escalating to the
    // performance team in three steps, as commercial tools do (officer, officer with the team copied,
    // then the team).
    private async Task AddResultRemindersAsync(AppDbContext db, List<Person> people, DateOnly today, List<Candidate> into, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.State == PeriodState.Open && p.EntryDeadline != null)
            .Select(p => new { p.Id, p.Label, Deadline = p.EntryDeadline!.Value })
            .ToListAsync(cancellationToken);
        var administrators = people.Where(p => p.Role == Roles.Administrator).ToList();
        foreach (var period in periods)
        {
            var daysLeft = period.Deadline.DayNumber - today.DayNumber;
            if (daysLeft > settings.ResultDeadlineWarningDays)
            {
                continue;
            }

            var missing = await db.Kpis.AsNoTracking()
                .Where(k => (k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview))
                .Where(k => !db.Results.Any(r => r.KpiId == k.Id && r.ReportingPeriodId == period.Id && (r.State == ResultState.Submitted || r.State == ResultState.Approved)))
                .Select(k => new { k.Id, k.Code, k.Name, k.ServiceAreaId })
                .ToListAsync(cancellationToken);
            var link = $"/results";
            foreach (var kpi in missing)
            {
                var officers = people.Where(p => p.Role == Roles.Officer && p.ServiceAreaId == kpi.ServiceAreaId).ToList();
                var what = $"the {period.Label} result for {kpi.Name} ({kpi.Code})";
                if (daysLeft >= 0)
                {
                    into.AddRange(officers.Select(p => new Candidate(p.Id, $"result-due:{period.Id}:{kpi.Id}", ReminderKind.ResultDeadlineSoon,
                        $"{period.Label} results are due by {D(period.Deadline)}",
                        $"Please enter and submit {what} by {D(period.Deadline)}.", link)));
                    continue;
                }

                var late = -daysLeft;
                into.AddRange(officers.Select(p => new Candidate(p.Id, $"result-overdue-1:{period.Id}:{kpi.Id}", ReminderKind.ResultOverdue,
                    $"Overdue: {period.Label} result for {kpi.Code}",
                    $"The deadline of {D(period.Deadline)} has passed and {what} has not been submitted. Please submit it now.", link)));
                if (late >= settings.SecondStepDays)
                {
                    var body = $"{what} is {late} days past the deadline of {D(period.Deadline)} and has still not been submitted. The performance team has been told.";
                    into.AddRange(officers.Concat(administrators).Select(p => new Candidate(p.Id, $"result-overdue-2:{period.Id}:{kpi.Id}", ReminderKind.ResultOverdue,
                        $"Second reminder: {period.Label} result for {kpi.Code} is {late} days late", body, p.Role == Roles.Administrator ? "/admin/progress" : link)));
                }

                if (late >= settings.ThirdStepDays)
                {
                    into.AddRange(administrators.Select(p => new Candidate(p.Id, $"result-escalated:{period.Id}:{kpi.Id}", ReminderKind.ResultEscalated,
                        $"Escalated: {period.Label} result for {kpi.Code} is {late} days late",
                        $"{what} is still missing {late} days after the deadline, after two reminders to the service area's officers. Please follow it up.", "/admin/progress")));
                }
            }
        }
    }

    // ---- Sending ----

    private async Task<int> EmailUnsentAsync(CancellationToken cancellationToken)
    {
        if (!mailer.IsConfigured)
        {
            logger.LogWarning("Reminders: e-mail is not configured (Email:Host or Email:PickupDirectory); reminders are listed in the app only");
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unsent = await db.Reminders.Where(r => r.EmailedAt == null).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        if (unsent.Count == 0)
        {
            return 0;
        }

        var userIds = unsent.Select(r => r.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var baseUrl = options.Value.AppBaseUrl?.TrimEnd('/');
        var sent = 0;

        // One message per person per run, listing their reminders, rather than one message each.
        foreach (var group in unsent.GroupBy(r => r.UserId))
        {
            if (!users.TryGetValue(group.Key, out var user) || string.IsNullOrWhiteSpace(user.Email))
            {
                continue;
            }

            var items = group.ToList();
            var subject = items.Count == 1 ? items[0].Subject : $"{items.Count} reminders from CouncilPerformance";
            var lines = items.Select(r => $"- {r.Subject}\n  {r.Body}" + (r.Link is null ? "" : $"\n  {baseUrl}{r.Link}"));
            var body = $"Dear {user.DisplayName},\n\n{string.Join("\n\n", lines)}\n\nYou can see all your reminders in the app under \"My reminders\".\n";
            try
            {
                await mailer.SendAsync([new ReminderEmail(user.Email, user.DisplayName, subject, body)], cancellationToken);
                var at = clock.GetUtcNow().UtcDateTime;
                foreach (var r in items)
                {
                    r.EmailedAt = at;
                    r.EmailError = null;
                }

                sent++;
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                logger.LogError(ex, "Reminders: e-mail to user {UserId} failed; it will be retried on the next run", group.Key);
                foreach (var r in items)
                {
                    r.EmailError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                }
            }

            // Saved per person, so a failure later in the run does not send these again.
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
