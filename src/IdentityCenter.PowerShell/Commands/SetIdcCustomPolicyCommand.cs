using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Attaches a custom identity policy to a permission set, replacing any it had.</para>
    /// <para type="description">The policy is identity-policy JSON (Version 5.0), given as text, a hashtable or a
    /// PSCustomObject, or read from a file. It is checked offline first and refused when it has errors. -InstanceId and
    /// -PermissionSetId bind from the pipeline by property name, so the output of New-IdcPermissionSet can be piped in.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IdcCustomPolicy", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(CustomPolicyAssignment))]
    public sealed class SetIdcCustomPolicyCommand : IdcBatchCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>The policy document: JSON text, a hashtable or ordered dictionary, or a PSCustomObject. Give this or -PolicyPath.</summary>
        /// <remarks>Empty binds, as a blank CSV cell beside a PolicyPath column must; it then counts as not given.</remarks>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("CustomPolicy")]
        [PolicyTransformation]
        [ValidateLength(0, Limits.PolicyMax)]
        public string? Policy { get; set; }

        /// <summary>A JSON file holding the policy document, taken literally (no wildcards). Give this or -Policy.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PolicyPath { get; set; }

        /// <summary>Sends the policy without the offline check; the size limits still apply.</summary>
        [Parameter]
        public SwitchParameter SkipPolicyValidation { get; set; }

        /// <summary>Writes the policy assignment; without it the command writes nothing on success.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The core request for the current item with -Policy's text.</summary>
        internal PutCustomPolicyRequest BuildRequest() => BuildRequest(Policy ?? string.Empty);

        /// <summary>The core request for the current item with the policy text it was given, by value or from a file.</summary>
        internal PutCustomPolicyRequest BuildRequest(string policy) => new PutCustomPolicyRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            Policy = policy,
        };

        protected override void ProcessRecord()
        {
            PolicyText policy;
            try
            {
                policy = PolicyParameters.Load(this, Policy, PolicyPath);
            }
            catch (PolicyInputException ex)
            {
                WriteError(ErrorRecords.From(ErrorMapper.ForPolicyInput(ex, ItemOperation.PutCustomPolicy(BuildRequest(string.Empty)))));
                return;
            }

            var request = BuildRequest(policy.Text);
            var operation = ItemOperation.PutCustomPolicy(request);
            var verdict = PolicyGate.Judge(request.Policy, SkipPolicyValidation.IsPresent);
            foreach (var warning in verdict.Warnings)
            {
                WriteWarning(warning);
            }

            if (verdict.IsRefused)
            {
                WriteError(ErrorRecords.From(ErrorMapper.ForRefusedPolicy(new PolicyValidationException(verdict.Errors), operation)));
                return;
            }

            if (!ShouldProcessItem(operation))
            {
                return;
            }

            Submit(operation, (client, token) => client.PutCustomPolicyAsync(request, token), assignment =>
            {
                if (PassThru.IsPresent)
                {
                    WriteObject(TypedOutput.Wrap(assignment));
                }
            });
        }
    }
}
