import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, keyed by the GraphQL context object (one per request), so that
 * nested list fields batch into one query per field and argument set, whatever the list size.
 */
const loadersByRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

export function requestLoader<V>(context: object, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = loadersByRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(context, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
