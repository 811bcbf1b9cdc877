using MailKit.Security;

namespace ToanDan.Awards.Host.Email;

/// <summary>Bound from <c>Email</c>; <see cref="BaseUrl"/> from <c>App:BaseUrl</c>.</summary>
public sealed class EmailOptions
{
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender, with a display name: <c>Tên hiển thị &lt;dia-chi@mien&gt;</c>.</summary>
    public string From { get; set; } = "Phong trào Toàn dân BVANTQ <khenthuong@toandan.local>";

    /// <summary>Where <c>.eml</c> files go when no SMTP host is configured (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>The address of the application, for the links in the mail.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5000";
}

public sealed class SmtpOptions
{
    /// <summary>Empty: write files into the pickup directory instead of sending.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>STARTTLS, required (the meaning it has always had); <see cref="Security"/>, when set, takes precedence.</summary>
    public bool EnableSsl { get; set; }

    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>, <c>SslOnConnect</c> (port 465) or <c>Auto</c>.</summary>
    public SecureSocketOptions? Security { get; set; }

    /// <summary>Off by default, as before: an office network often cannot reach the certificate authority's lists.</summary>
    public bool CheckCertificateRevocation { get; set; }

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;

    public SecureSocketOptions SocketSecurity => Security ?? (EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
}

/// <summary>Bound from <c>Email:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public int PollSeconds { get; set; } = 10;
    public bool Enabled { get; set; } = true;
    public int BatchSize { get; set; } = 100;
}
