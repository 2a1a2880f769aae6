namespace Bsre.Sdk;

/// <summary>An exception of another SDK assembly (Bsre.Sdk.Pdf) that knows its <see cref="BsreProblem"/>.</summary>
internal interface IProblemSource
{
    BsreProblem ToProblem();
}
