using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CouncilPerformance.Core.Reminders;

/// <summary>One e-mail to one person, carrying one or more reminders.</summary>
public sealed record ReminderEmail(string ToAddress, string ToName, string Subject, string Body);

/// <summary>Sends reminder e-mails; the job depends on this so tests and Development never send by accident.</summary>
public interface IReminderMailer
{
    bool IsConfigured { get; }

    Task SendAsync(IReadOnlyList<ReminderEmail> messages, CancellationToken cancellationToken);
}

/// <summary>
/// E-mail through SMTP with MailKit, or, when a pickup directory is configured, into .eml files there
/// (Development), so nothing leaves the machine.
/// </summary>
public sealed class MailKitReminderMailer(IOptions<EmailOptions> options) : IReminderMailer
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(IReadOnlyList<ReminderEmail> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var settings = options.Value;
        if (messages.Count == 0)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            foreach (var message in messages)
            {
                using var mime = ToMime(settings, message);
                var path = Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
                await mime.WriteToAsync(path, cancellationToken);
            }

            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Email:Host is not set"), settings.Port, ParseSecurity(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        foreach (var message in messages)
        {
            using var mime = ToMime(settings, message);
            await client.SendAsync(mime, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions ParseSecurity(string value) =>
        Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;

    private static MimeMessage ToMime(EmailOptions settings, ReminderEmail message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;

        // Plain text only: the reminders quote recommendation wording, which must never become markup.
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
