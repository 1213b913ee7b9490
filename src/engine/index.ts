/** The discrete-event kernel: clock, calendar, events, processes, resources, buffers. */
export {
  type BufferRequest,
  BufferRequestStatus,
  type BufferRequestStatusValue,
} from "./buffer-request.js";
export { AllOf, AnyOf, type FirstOf, type ValuesOf } from "./condition.js";
export { Container, type ContainerOptions } from "./container.js";
export { SimulationError, type SimulationErrorCode } from "./errors.js";
export {
  type EventIterator,
  EventState,
  type EventStateValue,
  SimEvent,
  Timeout,
} from "./event.js";
export {
  DEFAULT_MONITOR_ROWS,
  type Monitorable,
  type MonitorRow,
  ResourceMonitor,
  type ResourceMonitorOptions,
} from "./monitor.js";
export type { LevelObserver } from "./observer.js";
export { Interrupt, Process, type ProcessBody } from "./process.js";
export {
  type GrantedCallback,
  Preempted,
  type PreemptedCallback,
  ProcessRequest,
  Request,
  RequestStatus,
  type RequestStatusValue,
  Seizure,
} from "./request.js";
export { type CapacityDropPolicy, Resource, type ResourceOptions } from "./resource.js";
export type { RunOptions, RunResult, SimulationOptions, StopReason } from "./run-options.js";
export { MAX_PRIORITY, MIN_PRIORITY, Priority, ScheduledEvent } from "./scheduled-event.js";
export { Simulation } from "./simulation.js";
export { Store, type StoreOptions } from "./store.js";
export type { Waiter } from "./waiting-line.js";
