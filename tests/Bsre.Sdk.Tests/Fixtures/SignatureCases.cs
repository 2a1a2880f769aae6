namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Every key type and digest the signer supports, detached and attached: (identity name, hash, RSA-PSS, attached).</summary>
public static class SignatureCases
{
    public static TheoryData<string, string, bool, bool> All()
    {
        var data = new TheoryData<string, string, bool, bool>();
        foreach (bool attached in new[] { false, true })
        {
            foreach (string hash in new[] { "SHA256", "SHA384", "SHA512" })
            {
                data.Add("signer-rsa", hash, false, attached);
                data.Add("signer-rsa", hash, true, attached);
                data.Add("signer-ecdsa", hash, false, attached);
                data.Add("signer-ecdsa-p384", hash, false, attached);
            }

            data.Add("signer-ed25519", "SHA512", false, attached);
        }

        return data;
    }

    /// <summary>Signs <paramref name="content"/> as the case says.</summary>
    public static Task<byte[]> SignAsync(PkiFixture fixture, string signer, string hash, bool pss, bool attached, byte[] content)
    {
        var identity = fixture.Identity(signer);
        var options = fixture.Options(hash, pss);
        return attached ? Cades.SignAttachedAsync(identity, content, options) : Cades.SignDetachedAsync(identity, content, options);
    }
}
