namespace Bsre.Sdk.Testing.Emulator;

/// <summary>An institution registered for the electronic seal (<c>idSubscriber</c>). TEST DATA ONLY.</summary>
public sealed class SealSubscriber
{
    /// <summary>Gets or sets the subscriber id.</summary>
    public string IdSubscriber { get; set; } = "SEAL-TEST-0001";

    /// <summary>Gets or sets the e-mail that receives activation codes (the log mailbox).</summary>
    public string Email { get; set; } = "sekretariat@example.go.id";

    /// <summary>Gets or sets the institution's name, used as the seal certificate's common name.</summary>
    public string Name { get; set; } = "Sekretariat Contoh";
}
