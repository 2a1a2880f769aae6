using System.Security.Cryptography;

namespace Bsre.Sdk.Client;

/// <summary>A new user to enrol through <c>POST /api/v2/user/registration</c>.</summary>
public sealed class UserRegistration
{
    /// <summary>Gets or sets the user's full name (<c>nama</c>).</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the user's e-mail (<c>email</c>).</summary>
    public required string Email { get; set; }

    /// <summary>Gets or sets the institution's OID (<c>oid_instansi</c>, sent as its dotted value), if the gateway needs it.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Oid? InstitutionOid { get; set; }

    /// <summary>Gets or sets the recommendation letter (PDF, <c>suratRekomendasiBase64</c>), if the gateway needs it.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public ReadOnlyMemory<byte>? RecommendationLetter { get; set; }
}
