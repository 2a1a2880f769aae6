namespace Bsre.Sdk.Testing.Emulator;

/// <summary>Settings of a <see cref="BsreEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets or sets the URL to listen on; port 0 picks a free port.</summary>
    /// <value>Default <c>http://127.0.0.1:5080</c> (loopback only).</value>
    public Uri Url { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>Gets or sets the API user name clients must send (Basic authentication).</summary>
    /// <value>Default <c>esign</c>.</value>
    public string Username { get; set; } = "esign";

    /// <summary>Gets or sets the API password clients must send (Basic authentication).</summary>
    /// <value>Default <c>esign-emulator</c>.</value>
    public string Password { get; set; } = "esign-emulator";

    /// <summary>Gets or sets a users JSON file (see <see cref="EmulatorUsersFile"/>); when <see langword="null"/>, <see cref="Users"/> is used.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? UsersFile { get; set; }

    /// <summary>Gets the signer accounts used when there is no <see cref="UsersFile"/>.</summary>
    public IList<EmulatorUser> Users { get; } = EmulatorUser.Defaults().ToList();

    /// <summary>Gets the seal subscribers used when there is no <see cref="UsersFile"/>.</summary>
    public IList<SealSubscriber> SealSubscribers { get; } = [new SealSubscriber()];

    /// <summary>Gets or sets a directory to write the emulator's test PKI to (root.pem to verify signed PDFs against).</summary>
    /// <value>Default <see langword="null"/>: not written.</value>
    public string? PkiDirectory { get; set; }

    /// <summary>Gets or sets how long a TOTP stays valid.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan TotpLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets whether the emulator writes its log (mailbox and requests) to the console.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ConsoleLogging { get; set; } = true;
}
