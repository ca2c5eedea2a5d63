import { RouteTable } from './route-table.js';

describe('RouteTable', () => {
  const table = new RouteTable();
  table.add('GET', '/api/claims');
  table.add(['PATCH', 'DELETE'], '/api/claims/:id');
  table.add('GET', '/api/claims/:id');
  table.add(['GET', 'POST'], '/graphql');
  table.add('OPTIONS', '*');
  it.each([
    ['/api/claims', ['GET', 'HEAD', 'OPTIONS']],
    ['/api/claims/12', ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH']],
    ['/api/claims/12?x=1', ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH']],
    ['/graphql', ['GET', 'HEAD', 'OPTIONS', 'POST']],
    ['/api/claims/12/more', []],
    ['/nowhere', []],
  ])('%s allows %p', (url, methods) => {
    expect(table.allowed(url)).toEqual(methods);
  });
});
