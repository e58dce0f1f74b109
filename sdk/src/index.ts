// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// The public API of @subnetkit/sdk. Every export is listed by name.

export { BaseError, type BaseErrorOptions } from '@subnetkit/errors';
export { type AddStakeParameters, type AddStakeReturnType, addStake } from './client/actions/add-stake.js';
export {
  type AnnounceColdkeySwapParameters,
  announceColdkeySwap,
  coldkeySwapHash,
} from './client/actions/announce-coldkey-swap.js';
export {
  type BlocksUntilNextEpochParameters,
  blocksUntilNextEpoch,
} from './client/actions/blocks-until-next-epoch.js';
export {
  type BurnedRegisterParameters,
  type BurnedRegisterReturnType,
  burnedRegister,
} from './client/actions/burned-register.js';
export {
  type ClaimRootParameters,
  type ClaimRootReturnType,
  claimRoot,
  MAX_SUBNET_CLAIMS,
} from './client/actions/claim-root.js';
export {
  type ClearColdkeySwapAnnouncementParameters,
  clearColdkeySwapAnnouncement,
} from './client/actions/clear-coldkey-swap-announcement.js';
export {
  type CommitTimelockedWeightsParameters,
  type CommitTimelockedWeightsReturnType,
  commitTimelockedWeights,
} from './client/actions/commit-timelocked-weights.js';
export {
  type CommitWeightsParameters,
  type CommitWeightsReturnType,
  commitWeights,
} from './client/actions/commit-weights.js';
export {
  type DisputeColdkeySwapParameters,
  disputeColdkeySwap,
} from './client/actions/dispute-coldkey-swap.js';
export { type DissolveSubnetParameters, dissolveSubnet } from './client/actions/dissolve-subnet.js';
export {
  type EpochPayout,
  type ForecastSubnetParameters,
  type ForecastSubnetReturnType,
  forecastSubnet,
  MAX_FORECAST_BLOCKS,
  type SubnetForecastBlock,
} from './client/actions/forecast-subnet.js';
export { type GetAlphaPriceParameters, getAlphaPrice } from './client/actions/get-alpha-price.js';
export {
  type GetBalanceParameters,
  type GetBalanceReturnType,
  getBalance,
} from './client/actions/get-balance.js';
export { type GetBlockParameters, type GetBlockReturnType, getBlock } from './client/actions/get-block.js';
export { type GetBurnCostParameters, getBurnCost } from './client/actions/get-burn-cost.js';
export {
  type ChildLink,
  type GetChildrenParameters,
  type GetChildrenReturnType,
  getChildren,
} from './client/actions/get-children.js';
export {
  type ColdkeySwapStatus,
  type GetColdkeySwapStatusParameters,
  getColdkeySwapStatus,
} from './client/actions/get-coldkey-swap-status.js';
export {
  type GetCommitmentsParameters,
  getCommitments,
  type HotkeyCommitment,
  type RevealedCommitment,
} from './client/actions/get-commitments.js';
export { type GetDelegateTakeParameters, getDelegateTake } from './client/actions/get-delegate-take.js';
export {
  type GetHyperparametersParameters,
  getHyperparameters,
  type SubnetHyperparameters,
} from './client/actions/get-hyperparameters.js';
export { type GetIdentityParameters, getIdentity } from './client/actions/get-identity.js';
export { getLastDrandRound } from './client/actions/get-last-drand-round.js';
export { type GetLockCostParameters, getLockCost } from './client/actions/get-lock-cost.js';
export {
  type GetNeuronParameters,
  getNeuron,
  type Neuron,
  type NeuronAxon,
} from './client/actions/get-neuron.js';
export {
  type GetRootClaimsParameters,
  type GetRootClaimsReturnType,
  getRootClaims,
  type RootClaim,
} from './client/actions/get-root-claims.js';
export { type GetStakeParameters, getStake } from './client/actions/get-stake.js';
export {
  type GetStakeInfoParameters,
  getStakeInfo,
  type StakePosition,
} from './client/actions/get-stake-info.js';
export {
  type GetSubnetIdentityParameters,
  getSubnetIdentity,
} from './client/actions/get-subnet-identity.js';
export { type GetSubnetsParameters, getSubnets, type SubnetSummary } from './client/actions/get-subnets.js';
export {
  type GetTimelockedWeightCommitsParameters,
  getTimelockedWeightCommits,
  type TimelockedWeightCommit,
} from './client/actions/get-timelocked-weight-commits.js';
export { type GetUidParameters, getUid, isHotkeyRegistered } from './client/actions/get-uid.js';
export {
  type GetWeightsVersionKeyParameters,
  getWeightsVersionKey,
} from './client/actions/get-weights-version-key.js';
export {
  type MoveStakeParameters,
  type MoveStakeReturnType,
  moveStake,
} from './client/actions/move-stake.js';
export {
  type RegisterSubnetParameters,
  type RegisterSubnetReturnType,
  registerSubnet,
} from './client/actions/register-subnet.js';
export {
  type RemoveStakeParameters,
  type RemoveStakeReturnType,
  removeStake,
} from './client/actions/remove-stake.js';
export { type RevealWeightsParameters, revealWeights } from './client/actions/reveal-weights.js';
export {
  type RootRegisterParameters,
  type RootRegisterReturnType,
  rootRegister,
} from './client/actions/root-register.js';
export { type ServeAxonParameters, serveAxon } from './client/actions/serve-axon.js';
export { type SetChildkeyTakeParameters, setChildkeyTake } from './client/actions/set-childkey-take.js';
export { FULL_PROPORTION, type SetChildrenParameters, setChildren } from './client/actions/set-children.js';
export {
  type CommitmentReveal,
  type SetCommitmentParameters,
  type SetCommitmentReturnType,
  setCommitment,
} from './client/actions/set-commitment.js';
export { type SetDelegateTakeParameters, setDelegateTake } from './client/actions/set-delegate-take.js';
export { type SetIdentityParameters, setIdentity } from './client/actions/set-identity.js';
export {
  type RootClaimType,
  type SetRootClaimTypeParameters,
  type SetRootClaimTypeReturnType,
  setRootClaimType,
} from './client/actions/set-root-claim-type.js';
export {
  type SetSubnetIdentityParameters,
  setSubnetIdentity,
} from './client/actions/set-subnet-identity.js';
export { type SetSubnetSymbolParameters, setSubnetSymbol } from './client/actions/set-subnet-symbol.js';
export {
  type SetWeightsParameters,
  type SetWeightsReturnType,
  setWeights,
} from './client/actions/set-weights.js';
export { type StartCallParameters, startCall } from './client/actions/start-call.js';
export {
  type SudoSetHyperparameterParameters,
  sudoSetHyperparameter,
} from './client/actions/sudo-set-hyperparameter.js';
export {
  type SwapColdkeyAnnouncedParameters,
  swapColdkeyAnnounced,
} from './client/actions/swap-coldkey-announced.js';
export { type SwapHotkeyParameters, swapHotkey } from './client/actions/swap-hotkey.js';
export {
  type SwapStakeParameters,
  type SwapStakeReturnType,
  swapStake,
} from './client/actions/swap-stake.js';
export { type TransferParameters, transfer } from './client/actions/transfer.js';
export {
  type TransferStakeParameters,
  type TransferStakeReturnType,
  transferStake,
} from './client/actions/transfer-stake.js';
export { type WaitForBlockParameters, waitForBlock } from './client/actions/wait-for-block.js';
export {
  checkSetWeights,
  type SetWeightsRejection,
  type SetWeightsRequest,
  type SetWeightsState,
} from './client/check-set-weights.js';
export {
  type CreateSubtensorClientOptions,
  createSubtensorClient,
  type SubtensorClient,
  type SubtensorClientLogger,
} from './client/create-subtensor-client.js';
export {
  type ChainIdentity,
  EMPTY_CHAIN_IDENTITY,
  EMPTY_SUBNET_IDENTITY,
  type SubnetIdentity,
} from './client/identities.js';
export { type ChainIp, decodeIp, encodeIp } from './client/ip-address.js';
export { createNonceManager, type NonceManager } from './client/nonce-manager.js';
export { type SignerLike, toPolkadotSigner, toSigner } from './client/polkadot-signer.js';
export { type ReadOptions, readChain } from './client/read-chain.js';
export { readSetWeightsState } from './client/read-set-weights-state.js';
export { readTimelockSchedule, type TimelockSchedule } from './client/read-timelock-schedule.js';
export {
  type ChainEvent,
  type SubmitExtrinsicParameters,
  type SubmitExtrinsicReturnType,
  type SubmitOptions,
  submitExtrinsic,
  type WaitFor,
} from './client/submit-extrinsic.js';
export {
  type CommitmentField,
  printableText,
  revealedData,
  revealPlaintext,
} from './commitments/commitment-field.js';
export {
  type CreateDendriteOptions,
  createDendrite,
  type Dendrite,
  type DendriteQueryParameters,
} from './dendrite/create-dendrite.js';
export type { DendriteResult } from './dendrite/dendrite-result.js';
export { ChainCallError, type ChainCallErrorParameters } from './errors/chain-call-error.js';
export { SdkError, type SdkErrorCode } from './errors/sdk-error.js';
export { jsonLinesLogger, type Logger, silentLogger } from './logger/logger.js';
export {
  type DecodedMetagraph,
  decodeMetagraph,
} from './metagraph/decode-metagraph.js';
export {
  type GetMetagraphParameters,
  getMetagraph,
  type MetagraphClient,
} from './metagraph/get-metagraph.js';
export type {
  AxonInfo,
  Metagraph,
  MetagraphHyperparameters,
  MetagraphStake,
  SparseRows,
} from './metagraph/metagraph.js';
export { decodeSparseRow } from './metagraph/sparse-rows.js';
export {
  type MetagraphWatcher,
  type WatchMetagraphParameters,
  watchMetagraph,
} from './metagraph/watch-metagraph.js';
export { computeBodyHash, EMPTY_BODY_HASH } from './protocol/body-hash.js';
export {
  type DefineSynapseParameters,
  defineSynapse,
  type Synapse,
  type SynapseRequest,
  type SynapseResponse,
  type SynapseShape,
} from './protocol/define-synapse.js';
export {
  createNonceWindow,
  type NonceCheck,
  type NonceWindow,
  type NonceWindowOptions,
} from './protocol/nonce-window.js';
export {
  type AxonTarget,
  PROTOCOL_VERSION,
  type PreparedRequest,
  type PrepareRequestParameters,
  prepareRequest,
} from './protocol/prepare-request.js';
export { pythonJson } from './protocol/python-json.js';
export { pythonFloatRepr, pythonRepr, pythonStr } from './protocol/python-str.js';
export { type SigningMessageParameters, signingMessage } from './protocol/signing-message.js';
export {
  type ParsedSynapseHeaders,
  parseSynapseHeaders,
  type SynapseHeadersParameters,
  synapseHeaders,
} from './protocol/synapse-headers.js';
export { TERMINAL_INFO_FIELDS, type TerminalInfo, terminalInfoJson } from './protocol/terminal-info.js';
export {
  type VerifyRequestParameters,
  type VerifyRequestReturnType,
  verifyRequest,
} from './protocol/verify-request.js';
export { decryptAnsibleVault } from './wallet/ansible-vault.js';
export {
  type CreateWalletParameters,
  type CreateWalletReturnType,
  createWallet,
} from './wallet/create-wallet.js';
export { cryptoReady } from './wallet/crypto-ready.js';
export { generateMnemonic } from './wallet/generate-mnemonic.js';
export { deserializeKeyfileData, type KeyfileJson, serializeKeyfileData } from './wallet/keyfile-data.js';
export {
  decryptKeyfileData,
  type KeyfileEncryption,
  keyfileEncryption,
} from './wallet/keyfile-encryption.js';
export {
  type ReadKeyfileParameters,
  readKeyfile,
  type WriteKeyfileParameters,
  writeKeyfile,
} from './wallet/keyfile-io.js';
export { type CreateKeypairParameters, createKeypair, type Keypair, SS58_FORMAT } from './wallet/keypair.js';
export {
  decryptNacl,
  deriveNaclKey,
  encryptNacl,
  NACL_MEMLIMIT,
  NACL_OPSLIMIT,
  NACL_SALT,
  type NaclSecret,
} from './wallet/nacl-encryption.js';
export { encodePasswordForEnv, passwordEnvName, passwordFromEnv } from './wallet/password-env.js';
export { keypairFromPolkadotJson, keypairToPolkadotJson, type PolkadotJson } from './wallet/polkadot-json.js';
export { type ReadKeyfileAddressParameters, readKeyfileAddress } from './wallet/read-keyfile-address.js';
export { type PasswordSource, resolvePassword } from './wallet/resolve-password.js';
export { secretKeyFromSchnorrkel, secretKeyToSchnorrkel } from './wallet/schnorrkel-secret.js';
export { signMessage } from './wallet/sign-message.js';
export { createSigner, type Signer } from './wallet/signer.js';
export { type VerifySignatureParameters, verifySignature } from './wallet/verify-signature.js';
export { type WalletPaths, type WalletPathsParameters, walletPaths } from './wallet/wallet-paths.js';
export {
  type ConvertWeightsAndUidsForEmitReturnType,
  convertWeightsAndUidsForEmit,
  U16_MAX,
} from './weights/convert-weights-and-uids-for-emit.js';
export {
  type EncryptWeightsCommitParameters,
  encryptWeightsCommit,
} from './weights/encrypt-weights-commit.js';
export { type GenerateWeightHashParameters, generateWeightHash } from './weights/generate-weight-hash.js';
export { normalizeMaxWeight } from './weights/normalize-max-weight.js';
export { type EpochScheduleState, predictFirstRevealBlock } from './weights/predict-first-reveal-block.js';
export {
  type ProcessWeightsParameters,
  type ProcessWeightsReturnType,
  processWeights,
} from './weights/process-weights.js';
export { revealRoundFromClock, SECURITY_BLOCK_OFFSET } from './weights/reveal-round-from-clock.js';
