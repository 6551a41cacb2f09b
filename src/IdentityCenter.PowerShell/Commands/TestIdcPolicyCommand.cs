using System.Management.Automation;
using IdentityCenter.Core.Policy;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Checks an identity policy offline and writes each problem found, located by its JSON path.</para>
    /// <para type="description">Nothing is sent to the service. A clean policy writes nothing.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "IdcPolicy")]
    [OutputType(typeof(PolicyCheckFinding))]
    public sealed class TestIdcPolicyCommand : PSCmdlet
    {
        /// <summary>The policy document: JSON text, a hashtable or ordered dictionary, or a PSCustomObject. Give this or -PolicyPath.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CustomPolicy")]
        [PolicyTransformation]
        public string? Policy { get; set; }

        /// <summary>A JSON file holding the policy document, taken literally (no wildcards). Files piped from Get-ChildItem bind by FullName.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        public string? PolicyPath { get; set; }

        protected override void ProcessRecord()
        {
            PolicyText policy;
            try
            {
                policy = PolicyParameters.Load(this, Policy, PolicyPath);
            }
            catch (PolicyInputException ex)
            {
                WriteError(ErrorRecords.From(ErrorMapper.ForPolicyInput(ex, null)));
                return;
            }

            var findings = PolicyChecker.Check(policy.Text);
            WriteVerbose(PolicyReport.Summary(policy, findings));
            foreach (var finding in findings)
            {
                WriteObject(TypedOutput.Wrap(new PolicyCheckFinding(policy.Source, finding)));
            }
        }
    }
}
