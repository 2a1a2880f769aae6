using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

[Collection(RevocationTestGroup.Name)]
public sealed class DeltaCrlTests(RevocationFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public void Revocation_in_the_delta_is_applied_on_top_of_the_base()
    {
        ParsedCrl delta = Delta(number: 11, baseNumber: 10, b => b.Revoke(Pki.SignerRsa.Certificate, Now.AddMinutes(-30), 1));

        CrlVerification result = Check(Base(10), delta);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal("keyCompromise", result.Reason);
        Assert.True(result.UsedDelta);
    }

    [Fact]
    public void RemoveFromCRL_in_the_delta_lifts_a_certificateHold_of_the_base()
    {
        ParsedCrl held = Base(10, b => b.Revoke(Pki.SignerRsa.Certificate, Now.AddDays(-2), 6));
        Assert.Equal("certificateHold", Check(held).Reason);

        ParsedCrl delta = Delta(number: 11, baseNumber: 10, b => b.Revoke(Pki.SignerRsa.Certificate, Now.AddMinutes(-30), 8));
        CrlVerification result = Check(held, delta);

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.True(result.UsedDelta);
    }

    [Fact]
    public void Fresh_delta_makes_a_stale_base_usable()
    {
        ParsedCrl staleBase = CrlParser.Parse(new TestCrlBuilder(Pki.Intermediate, Now.AddDays(-5), Now.AddDays(-1), 10).Build());
        Assert.Equal(RevocationFailure.NotFresh, Assert.Throws<RevocationException>(() => Check(staleBase)).Failure);

        CrlVerification result = Check(staleBase, Delta(number: 11, baseNumber: 10));
        Assert.Equal(RevocationStatus.Good, result.Status);
    }

    [Fact]
    public void Delta_for_a_newer_base_is_ignored()
    {
        ParsedCrl delta = Delta(number: 13, baseNumber: 12, b => b.Revoke(Pki.SignerRsa.Certificate, Now.AddMinutes(-30), 1));
        CrlVerification result = Check(Base(10), delta);

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.False(result.UsedDelta);
    }

    [Fact]
    public void Delta_signed_by_the_wrong_key_is_ignored()
    {
        byte[] der = new TestCrlBuilder(Pki.Intermediate, Now.AddMinutes(-5), Now.AddHours(6), 11).DeltaOf(10)
            .Revoke(Pki.SignerRsa.Certificate, Now.AddMinutes(-30), 1).SignWith(Pki.SignerRsa.PrivateKey).Build();
        Assert.False(Check(Base(10), CrlParser.Parse(der)).UsedDelta);
    }

    [Fact]
    public void Delta_alone_cannot_decide()
    {
        var error = Assert.Throws<RevocationException>(() => Check(Delta(number: 11, baseNumber: 10)));
        Assert.Equal(RevocationFailure.Unsupported, error.Failure);
    }

    private ParsedCrl Base(long number, Action<TestCrlBuilder>? entries = null)
    {
        var builder = new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-6), Now.AddDays(1), number);
        entries?.Invoke(builder);
        return CrlParser.Parse(builder.Build());
    }

    private ParsedCrl Delta(long number, long baseNumber, Action<TestCrlBuilder>? entries = null)
    {
        var builder = new TestCrlBuilder(Pki.Intermediate, Now.AddMinutes(-5), Now.AddHours(6), number).DeltaOf(baseNumber);
        entries?.Invoke(builder);
        ParsedCrl delta = CrlParser.Parse(builder.Build());
        Assert.True(delta.IsDelta);
        return delta;
    }

    private CrlVerification Check(ParsedCrl crl, params ParsedCrl[] deltas)
        => CrlVerifier.Check(crl, deltas, Pki.SignerRsa.Certificate, fixture.Issuer, Now, new RevocationOptions());
}
