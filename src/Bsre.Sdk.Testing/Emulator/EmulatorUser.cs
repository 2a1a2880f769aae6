namespace Bsre.Sdk.Testing.Emulator;

/// <summary>A signer account seeded into the emulator (from <c>users.json</c> or <see cref="EmulatorOptions.Users"/>). TEST DATA ONLY.</summary>
public sealed class EmulatorUser
{
    /// <summary>Gets or sets the 16-digit NIK.</summary>
    public string? Nik { get; set; }

    /// <summary>Gets or sets the registered e-mail (where TOTPs are "sent": the log mailbox).</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the full name, used as the certificate's common name.</summary>
    public string Name { get; set; } = "Pengguna Uji";

    /// <summary>Gets or sets the certificate passphrase.</summary>
    public string? Passphrase { get; set; }

    /// <summary>Gets or sets the certificate status word (ISSUE, EXPIRED, REVOKE, SUSPEND, NEW, ...); only ISSUE can sign.</summary>
    public string Status { get; set; } = "ISSUE";

    /// <summary>The users seeded when no users file is given.</summary>
    public static IReadOnlyList<EmulatorUser> Defaults() =>
    [
        new() { Nik = "3201010101010001", Email = "budi@example.go.id", Name = "Budi Santoso", Passphrase = "Rahasia#123", Status = "ISSUE" },
        new() { Nik = "3201010101010002", Email = "siti@example.go.id", Name = "Siti Rahayu", Passphrase = "Rahasia#123", Status = "ISSUE" },
        new() { Nik = "3201010101010003", Email = "rudi@example.go.id", Name = "Rudi Hartono", Passphrase = "Rahasia#123", Status = "EXPIRED" },
        new() { Nik = "3201010101010004", Email = "wati@example.go.id", Name = "Wati Kusuma", Passphrase = "Rahasia#123", Status = "REVOKE" },
        new() { Nik = "3201010101010005", Email = "agus@example.go.id", Name = "Agus Wijaya", Passphrase = "Rahasia#123", Status = "NEW" },
    ];
}
