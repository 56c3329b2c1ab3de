import { createContext, useContext } from 'react';
import { en } from '../content/en';
import type { Content } from '../content/schema';

export const ContentContext = createContext<Content>(en);

export function useContent(): Content {
  return useContext(ContentContext);
}
